/**
 * Code fetched on demand (a page's chunk, a language pack) is asked for a second time when the
 * first request fails: on a poor network, or a machine too busy to answer in time, one lost
 * request must not turn a page into an error. The browser fetches a failed module again.
 */
export async function retryOnce<T>(load: () => Promise<T>, delayMs = 800): Promise<T> {
  try {
    return await load();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return load();
  }
}

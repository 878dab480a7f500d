/**
 * A task of its own, after those already queued: by a message, as React's scheduler does, not by
 * a timer (which a paused clock, a kiosk test's, would hold).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

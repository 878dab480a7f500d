// Self-hosted fonts (no request to any other host): Fraunces for the voices, Atkinson
// Hyperlegible Next, designed for legibility, for everything else. Latin subsets only.
import '@fontsource-variable/fraunces/index.css';
import '@fontsource-variable/atkinson-hyperlegible-next/index.css';
// Arabic: downloaded only when Arabic text is on the page (unicode-range).
import '@fontsource-variable/noto-naskh-arabic/index.css';

import type { Page } from '@playwright/test';

/**
 * Watches the message overlay (the live view's one <canvas>) frame by frame, inside the page,
 * and returns how many distinct non-blank pictures it showed before `wanted` were seen or
 * `timeoutMs` passed. Two different non-blank pictures mean the dots moved. Pixels are read
 * with getImageData and hashed, so nothing large crosses to the test.
 */
export async function distinctOverlayPictures(page: Page, wanted = 2, timeoutMs = 10_000) {
  return page.evaluate(
    async ({ wanted, timeoutMs }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="message-overlay"]');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error('no message overlay canvas');
      const seen = new Set<number>();
      let frames = 0;
      let blank = 0;
      const t0 = performance.now();
      while (seen.size < wanted && performance.now() - t0 < timeoutMs) {
        await new Promise((r) => requestAnimationFrame(r));
        frames++;
        if (canvas.width === 0 || canvas.height === 0) continue;
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let hash = 0;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) {
          if (data[i] === 0) continue;
          painted++;
          hash = (Math.imul(hash, 31) + i * 7 + data[i - 3] + (data[i - 2] << 8) + (data[i - 1] << 16)) | 0;
        }
        if (painted === 0) blank++;
        else seen.add(hash);
      }
      return { distinct: seen.size, frames, blank };
    },
    { wanted, timeoutMs },
  );
}

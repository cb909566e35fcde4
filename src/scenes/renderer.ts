/** Which Phaser renderer to use. */
export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Decides the renderer: an explicit `?renderer=` wins; otherwise WebGL only when it is
 * hardware-backed, because software WebGL (SwiftShader, llvmpipe) is slower than Canvas.
 */
export function pickRenderer(override: string | null, gpuName: string | null): RendererChoice {
  if (override === 'canvas' || override === 'webgl') return override;
  if (gpuName === null || SOFTWARE_GPU.test(gpuName)) return 'canvas';
  return 'webgl';
}

/** Asks the browser which GPU would draw WebGL (null when WebGL is missing). */
export function detectGpuName(): string | null {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** What an MMS may carry (the API refuses more). */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
/** A re-encoded photo's longest side: sharp on any phone, a few hundred KB as JPEG. */
const MAX_EDGE_PX = 2048;
const JPEG_QUALITY = 0.85;

/**
 * The picture as it can be texted, or why not. A photo just taken with a phone's camera is often larger
 * than 5 MB (12 MP and more) or in a format a carrier does not take (HEIC on an iPhone): such a still
 * picture is re-encoded here as a JPEG of at most 2048 px, as the phone's own share sheet would, instead
 * of being refused. A GIF over 5 MB is refused (re-encoding would lose its animation).
 */
export async function textablePicture(file: File): Promise<{ file: File } | { error: string }> {
  const fits = PICTURE_TYPES.includes(file.type) && file.size <= MAX_PICTURE_BYTES;
  if (fits) return { file };
  const notTextable = { error: `"${file.name}" is not a picture we can text. Attach a PNG, JPEG, GIF or WebP image.` };
  const tooLarge = { error: `This picture is ${(file.size / 1024 / 1024).toFixed(1)} MB; pictures can be at most 5 MB. Choose a smaller one.` };
  if (!file.type.startsWith('image/')) return notTextable;
  if (file.type === 'image/gif') return tooLarge;
  const jpeg = await reencodedAsJpeg(file).catch(() => null);
  if (!jpeg) return PICTURE_TYPES.includes(file.type) ? tooLarge : notTextable;
  return { file: new File([jpeg], `${file.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`, { type: 'image/jpeg', lastModified: file.lastModified }) };
}

/** Null when the browser cannot decode the file or the result is still too large. */
async function reencodedAsJpeg(file: File): Promise<Blob | null> {
  // Applies the photo's EXIF orientation, so a portrait shot stays upright.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return null;
    // JPEG has no transparency: a see-through PNG goes on white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    return blob && blob.size <= MAX_PICTURE_BYTES ? blob : null;
  } finally {
    bitmap.close();
  }
}

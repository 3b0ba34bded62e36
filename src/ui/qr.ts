// A terminal QR code of the activation URL, for signing in from a phone.

/** Renders `text` as a QR code of block characters. */
export async function qrCode(text: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return await QRCode.toString(text, { type: "terminal", small: true, errorCorrectionLevel: "L" });
}

import qrcodeTerminal from 'qrcode-terminal';

/**
 * The default login prompt: the QR code drawn in the terminal plus an image URL, for
 * terminals whose font or colours break the drawing. Written to stderr, beside the logs,
 * because stdout belongs to the terminal chat and the CLI's output.
 */
export function printLoginQr(qrcode: string, imageUrl: string): void {
  qrcodeTerminal.generate(qrcode, { small: true }, (drawing) => {
    process.stderr.write(`请用机器人使用的微信扫码登录：\n${drawing}\n${imageUrl}\n`);
  });
}

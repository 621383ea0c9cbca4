/** Save a blob as a file through a temporary object URL (no network involved). */
export function downloadBlob(filename: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Revoke after the click has been handled; revoking at once can cancel the download.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Save text as a file. */
export function downloadText(filename: string, text: string, type: string) {
	downloadBlob(filename, new Blob([text], { type }));
}

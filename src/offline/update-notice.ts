/** "A new version is available": what the reader is told when a new build has been deployed, and the button that brings it. */

const UPDATE_TEXT = 'A new version of the course is available.';
const UPDATE_KEPT = 'Your code is saved in this browser: it is still there after the reload.';

/** Show the notice (once per page); `reload` runs when the reader asks for the new version. */
export function showUpdateNotice(reload: () => void): void {
  if (document.querySelector('[data-update-notice]')) return;
  const box = document.createElement('div');
  box.className = 'update-notice';
  box.dataset.updateNotice = '';
  box.setAttribute('role', 'status');
  document.body.append(box);
  // Filled after it is in the page, so screen readers announce it.
  requestAnimationFrame(() => {
    const text = document.createElement('p');
    text.textContent = `${UPDATE_TEXT} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      button.disabled = true;
      reload();
    });
    text.append(button);
    const kept = document.createElement('p');
    kept.className = 'update-notice-kept';
    kept.textContent = UPDATE_KEPT;
    box.append(text, kept);
  });
}

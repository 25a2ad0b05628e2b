// The dashboard's own script (served as /static/dashboard.js; the pages allow no inline script):
// target ids become links to their pages, keeping the month and language, and the import form
// sends the chosen file as the request body with the session's CSRF token.
(function () {
  var keep = window.location.search;
  document.querySelectorAll('span.id').forEach(function (span) {
    var id = span.textContent.trim();
    if (!/^[A-Za-z0-9_.-]+$/.test(id) || span.closest('a')) { return; }
    var link = document.createElement('a');
    link.className = 'target-link';
    link.href = '/targets/' + encodeURIComponent(id) + keep;
    span.parentNode.insertBefore(link, span);
    link.appendChild(span);
  });
  var upload = document.getElementById('upload');
  if (upload) {
    upload.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = upload.elements.file.files[0];
      var result = document.getElementById('upload-result');
      if (!file) { return; }
      result.className = 'upload-result';
      result.textContent = '…';
      var url = '/api/imports?file=' + encodeURIComponent(file.name) + '&kind=' + encodeURIComponent(upload.elements.kind.value);
      fetch(url, { method: 'POST', body: file, credentials: 'same-origin',
                   headers: { 'X-CSRF-Token': upload.getAttribute('data-csrf'), 'Content-Type': 'application/octet-stream' } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          result.className = 'upload-result ' + (answer.ok ? 'done' : 'failed');
          result.textContent = answer.ok ? answer.summary : answer.error;
        })
        .catch(function (error) { result.className = 'upload-result failed'; result.textContent = String(error); });
    });
  }
  if (document.body.getAttribute('data-script') === 'pending') { document.body.setAttribute('data-script', 'ok'); }
}());

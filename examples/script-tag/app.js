// The demo product's own behaviour: a pretend chat, and the button that opens Candor.
document.getElementById('share').addEventListener('click', () => window.Candor.open());

document.getElementById('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const prompt = document.getElementById('prompt');
  const text = prompt.value.trim();
  if (!text) return;
  const list = document.getElementById('messages');
  for (const [role, body] of [['user', text], ['assistant', 'This is a demo, so I only pretend to answer. Try "Share your thoughts" above.']]) {
    const item = document.createElement('li');
    item.className = `msg ${role}`;
    item.textContent = body;
    list.append(item);
  }
  prompt.value = '';
});

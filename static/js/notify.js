// Browser notifications: when a customer starts waiting (agent_requested) while the console's
// tab is hidden, one notification per request of that customer, and a short tone for those
// who want one. Browsers grant notifications only from a user gesture, so permission is
// asked when the agent clicks "Notify me"; both choices are kept in localStorage.

import { customerKey, displayName } from "./util.js";

const NOTIFY = "handoff-notify";
const SOUND = "handoff-sound";
const told = new Set(); // customer key|stopped_at: each request is told once
let audio = null;

const supported = () => "Notification" in window;
const notifying = () => supported() && localStorage.getItem(NOTIFY) === "1" && Notification.permission === "granted";
const sounding = () => localStorage.getItem(SOUND) === "1";

function show(button, on) {
  button.setAttribute("aria-pressed", String(on));
}

/** Audio may only start after a gesture: the context is made (or woken) from one. */
function wakeAudio() {
  if (!sounding() || !window.AudioContext) return;
  audio = audio || new AudioContext();
  if (audio.state === "suspended") audio.resume().catch(() => {});
}

/** A soft two-tone chime, made on the spot (no audio files). */
function chime() {
  if (!audio) return;
  const start = audio.currentTime;
  for (const [offset, hz] of [[0, 660], [0.12, 880]]) {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = hz;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
    tone.connect(gain).connect(audio.destination);
    tone.start(start + offset);
    tone.stop(start + offset + 0.3);
  }
}

/** Wires the two header toggles. */
export function setupNotify(notifyButton, soundButton) {
  if (!supported()) {
    notifyButton.hidden = soundButton.hidden = true;
    return;
  }
  show(notifyButton, notifying());
  show(soundButton, sounding());
  notifyButton.addEventListener("click", async () => {
    if (notifying()) {
      localStorage.removeItem(NOTIFY);
    } else {
      const permission = Notification.permission === "default"
        ? await Notification.requestPermission() : Notification.permission;
      if (permission === "granted") localStorage.setItem(NOTIFY, "1");
      else notifyButton.title = "Notifications are blocked for this site in the browser's settings";
    }
    show(notifyButton, notifying());
  });
  soundButton.addEventListener("click", () => {
    if (sounding()) localStorage.removeItem(SOUND);
    else localStorage.setItem(SOUND, "1");
    show(soundButton, sounding());
    wakeAudio();
  });
  // A choice kept from an earlier visit: the first gesture on the page readies the sound.
  document.addEventListener("pointerdown", wakeAudio, { once: true });
  document.addEventListener("keydown", wakeAudio, { once: true });
}

/** A customer started waiting: tell the agent if they are elsewhere. `open(key)` on a click. */
export function customerWaiting(customer, open) {
  if (!notifying() || document.visibilityState !== "hidden") return;
  const key = customerKey(customer);
  const request = `${key}|${customer.stopped_at || ""}`;
  if (told.has(request)) return;
  told.add(request);
  const note = new Notification(`${displayName(customer)} is waiting`, {
    body: customer.last_message || "Asked for a person",
    tag: key,
  });
  note.onclick = () => {
    window.focus();
    open(key);
    note.close();
  };
  if (sounding()) chime();
}

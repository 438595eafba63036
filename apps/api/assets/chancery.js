// Small enhancements; every page reads and works without this script.
"use strict";

// Article viewer: a chosen .txt file fills the text box (an .html page is read on the server, where Readability runs).
const file = document.getElementById("article-file");
const textBox = document.getElementById("article-text");
if (file && textBox) {
  file.addEventListener("change", () => {
    const chosen = file.files && file.files[0];
    if (!chosen || /\.html?$/i.test(chosen.name) || chosen.type === "text/html") return;
    chosen.text().then((text) => {
      textBox.value = text;
      file.value = "";
    });
  });
}

// Article viewer: pointing at a record lights its spans in the text, and pointing at a span lights its records.
const light = (elements, on) => elements.forEach((el) => el.classList.toggle("lit", on));
document.querySelectorAll("ol.records > li[id^='rec-']").forEach((item) => {
  const id = item.id.slice(4);
  const spans = () => document.querySelectorAll(`mark[data-records~="${id}"]`);
  for (const type of ["mouseenter", "focusin"]) item.addEventListener(type, () => light(spans(), true));
  for (const type of ["mouseleave", "focusout"]) item.addEventListener(type, () => light(spans(), false));
});
document.querySelectorAll("mark[data-records]").forEach((mark) => {
  const items = () => mark.dataset.records.split(" ").map((id) => document.getElementById(`rec-${id}`)).filter(Boolean);
  mark.addEventListener("mouseenter", () => light(items(), true));
  mark.addEventListener("mouseleave", () => light(items(), false));
});

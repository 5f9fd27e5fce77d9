// offergap: small progressive enhancements. Every action also works without JavaScript.
"use strict";

function confirmForms() {
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
}

// Drag a card onto a later column: the card's own Move button is pressed with that stage chosen.
function dragCards() {
  var dragged = null;
  document.querySelectorAll("[data-board] li.card").forEach(function (card) {
    card.addEventListener("dragstart", function (event) {
      dragged = card;
      event.dataTransfer.setData("text/plain", "card");
    });
  });
  document.querySelectorAll("[data-board] .column").forEach(function (column) {
    column.addEventListener("dragover", function (event) { event.preventDefault(); });
    column.addEventListener("drop", function (event) {
      event.preventDefault();
      var select = dragged && dragged.querySelector(".move select");
      var stage = column.getAttribute("data-stage");
      var option = select && select.querySelector('option[value="' + stage + '"]');
      if (option) {
        select.value = stage;
        document.getElementById("move-form").requestSubmit(dragged.querySelector(".move button"));
      }
    });
  });
}

// "Add another" for repeated field pairs (interviewers, questions and answers).
function repeatFields() {
  document.querySelectorAll("fieldset[data-repeat]").forEach(function (set, setIndex) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "small secondary";
    button.textContent = "Add another";
    button.addEventListener("click", function () {
      var pairs = set.querySelectorAll(".pair");
      var copy = pairs[pairs.length - 1].cloneNode(true);
      var suffix = "-x" + setIndex + "-" + pairs.length;
      copy.querySelectorAll("input, textarea").forEach(function (field) {
        var label = copy.querySelector('label[for="' + field.id + '"]');
        field.id = field.id + suffix;
        field.value = "";
        if (label) { label.setAttribute("for", field.id); }
      });
      set.insertBefore(copy, button);
      copy.querySelector("input, textarea").focus();
    });
    set.appendChild(button);
  });
}

function focusErrors() {
  var alert = document.querySelector(".error[role=alert]");
  if (alert) { alert.focus(); }
}

document.addEventListener("DOMContentLoaded", function () {
  confirmForms();
  dragCards();
  repeatFields();
  focusErrors();
});

import { mount } from "svelte";
import App from "./App.svelte";
import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/700.css";
import "katex/dist/katex.min.css";
import "./app.css";
import "./print.css";

// A capture of the whole page (?capture in the address, as a screenshot tool or the handout would load it)
// draws the cards that are otherwise laid out only when scrolled near.
if (new URLSearchParams(location.search).has("capture")) document.documentElement.classList.add("capture");

mount(App, { target: document.getElementById("app")! });

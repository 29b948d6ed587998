import { mount } from "svelte";
import App from "./App.svelte";
import "@fontsource/sarabun/400.css";
import "@fontsource/sarabun/700.css";
import "katex/dist/katex.min.css";
import "./app.css";

mount(App, { target: document.getElementById("app")! });

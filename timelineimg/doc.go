// Package timelineimg draws a timeline of dated events as a PNG picture, for
// /timeline to attach to its reply: each event on its own row, placed on a
// time axis at the precision the text supports (a day as a dot, a week,
// month or year as a pale bar, a range as a solid bar, an approximate date
// dashed), with its date, summary and ¶ numbers beside it.
//
// Render is a pure function of the events and options: the same input gives
// the same bytes. It knows nothing of Discord or of commands.
package timelineimg

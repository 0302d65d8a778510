// The ribbon's FunctionFile. The only button (Home tab) is ShowTaskpane, which Office handles itself;
// the page must still initialise Office so the ribbon can load it.
Office.onReady(() => undefined);

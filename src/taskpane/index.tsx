// Entry of the production task pane (taskpane.html, loaded by Excel with office.js from the CDN).
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { UI } from '../core/messages/ui';
import { PaneApp } from './App';
import { detectExcelHost } from './host';

document.title = UI.app.title;
const root = createRoot(document.getElementById('root')!);

detectExcelHost().then(
  (host) => root.render(host ? <PaneApp host={host} /> : <NoExcel />),
  () => root.render(<NoExcel />),
);

function NoExcel() {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{UI.app.noExcel}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

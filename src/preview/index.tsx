// Entry of the browser preview (npm run preview): no Office, no certificate, no network.
import { createRoot } from 'react-dom/client';
import { UI } from '../core/messages/ui';
import { PreviewShell } from './PreviewShell';

document.title = UI.preview.title;
createRoot(document.getElementById('root')!).render(<PreviewShell />);

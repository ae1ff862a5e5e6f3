import { mountExtensionPage } from '../../ui/extension-page.tsx';
import { Options } from '../../ui/OptionsPage.tsx';

mountExtensionPage(<Options />);

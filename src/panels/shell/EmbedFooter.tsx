import { useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';

/** In an embed: where this comes from, and a way to open the full lab with the same settings. */
export function EmbedFooter() {
  const { links } = useLab();
  return (
    <p className="embed-footer">
      <a href={links.standalone()} target="_blank" rel="noopener">
        {STRINGS.embed.footer}
      </a>
    </p>
  );
}

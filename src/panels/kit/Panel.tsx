import type { ReactNode } from 'react';

/** A titled panel of the main screen. */
export function Panel({
  id,
  title,
  actions,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`} data-panel={id}>
      <header className="panel-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}

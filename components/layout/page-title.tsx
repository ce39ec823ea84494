export function PageTitle({ title, subtitle }: { title: string; subtitle?: string }) {
  // Without a subtitle the heading is the whole head: no wrapper element.
  if (!subtitle) return <h1 className="page-head">{title}</h1>;
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <p className="text-sm text-muted">{subtitle}</p>
    </div>
  );
}

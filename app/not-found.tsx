// No page calls notFound(), and a URL no route matches gets app/global-not-found.tsx. Without this
// file Next embeds its default 404 tree into the payload of every page, twice (once per layout):
// 2.2 KB of each /login. Should a page ever call notFound(), this hops to the global 404, with JS
// off too.
export default function NotFound() {
  return <meta httpEquiv="refresh" content="0;url=/not-found" />;
}

// The library-names parts of the generated files: the TypeScript union of
// 'library:name' spellings with the registry entry each resolves to, and
// the README table's column of other libraries' names.

const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

// LibraryKey, and LibraryNameTargets: 'keras:leaky_relu' -> 'leaky_relu'.
export function libraryTypesFor(list, libraries) {
  const keys = libraries.map((library) => `  | ${quote(library.key)}`).join('\n');
  const targets = list
    .flatMap((a) => a.libraryNames.map((entry) => `  ${quote(`${entry.library}:${entry.name}`)}: ${quote(a.name)};`))
    .sort()
    .join('\n');
  return `
/** The libraries whose names resolve to registry entries (act.resolve, 'library:name'). */
export type LibraryKey =
${keys};

/** Every other library's name, written 'library:name', and the registry entry it resolves to. */
export interface LibraryNameTargets {
${targets}
}
`;
}

const valueText = (value) => (typeof value === 'string' ? `"${value}"` : value === Number.MAX_VALUE ? 'none' : String(value));

// "Keras 3: leaky_relu (negative_slope 0.2), LeakyReLU (negative_slope 0.3); JAX: …"
export function libraryNamesCell(spec, libraries) {
  const parts = libraries
    .map(({ key, label }) => {
      const names = spec.libraryNames.filter((entry) => entry.library === key);
      if (names.length === 0) return '';
      const text = names.map((entry) => {
        const params = Object.entries(entry.params).map(([name, value]) => `${name} ${valueText(value)}`);
        return params.length ? `\`${entry.name}\` (${params.join(', ')})` : `\`${entry.name}\``;
      });
      return `${label}: ${text.join(', ')}`;
    })
    .filter(Boolean);
  return parts.length ? parts.join('; ') : '—';
}

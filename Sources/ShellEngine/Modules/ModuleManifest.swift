/// The hashtable of a `.psd1`, read by key: strings, lists of strings, module names (a string or `@{ModuleName=...}`).
struct ModuleManifest {
    let table: PSHashtable

    func has(_ key: String) -> Bool { table[key] != nil }

    func string(_ key: String) -> String? {
        guard let value = table[key], !value.isNull else { return nil }
        let text = LanguagePrimitives.toString(value)
        return text.isEmpty ? nil : text
    }

    func strings(_ key: String) -> [String] {
        guard let value = table[key], !value.isNull else { return [] }
        if case .array(let items) = value { return items.map { LanguagePrimitives.toString($0) } }
        return [LanguagePrimitives.toString(value)]
    }

    func moduleNames(_ key: String) -> [String] {
        guard let value = table[key], !value.isNull else { return [] }
        let items: [Value]
        if case .array(let list) = value { items = list } else { items = [value] }
        return items.compactMap { item in
            if case .hashtable(let specification) = item {
                return specification["ModuleName"].map { LanguagePrimitives.toString($0) }
            }
            let text = LanguagePrimitives.toString(item)
            return text.isEmpty ? nil : text
        }
    }
}

import ShellEngine
import Foundation

/// Turns objects reaching the end of a pipeline into console lines, keeping PowerShell's
/// grouping: consecutive objects of one view share one table; anything else ends the group.
package final class OutDefault: OutputWriting {
    private let formats: FormatRegistry
    private let width: Int
    private let enumerationLimit: Int
    private let writeLine: (String) -> Void
    private var group: Group?
    /// Format-List: every object as a list, whatever its view.
    package var forcesList = false
    /// Format-Table -Wrap: long cells continue on following lines instead of being cut.
    package var wraps = false
    /// Format-Table -HideTableHeaders.
    package var hidesHeaders = false
    /// Format-Table: objects with more than four properties still go in the table.
    package var forcesTable = false

    private final class Group {
        let view: FormatView?
        let isTable: Bool
        let columns: [TableColumn]
        let listEntries: [ListEntry]?
        var widths: [Int]?
        /// Resolved per column: left, right or center (never automatic).
        var alignments: [ColumnAlignment]?
        var pendingRows: [Value] = []
        var headerWritten = false
        /// Per column: where its property was on the last row's layout.
        var slotCaches: [PropertySlotCache]
        /// The group-by header lines this group was started under (Get-Member's `TypeName:`).
        var label: [String]?

        init(view: FormatView?, isTable: Bool, columns: [TableColumn], listEntries: [ListEntry]?) {
            self.view = view
            self.isTable = isTable
            self.columns = columns
            self.listEntries = listEntries
            self.slotCaches = Array(repeating: PropertySlotCache(), count: columns.count)
        }
    }

    package init(formats: FormatRegistry, width: Int, enumerationLimit: Int = 4, writeLine: @escaping (String) -> Void) {
        self.formats = formats
        self.width = width
        self.enumerationLimit = enumerationLimit
        self.writeLine = writeLine
    }

    /// A writer with the shell's views, width (at least 20) and `$FormatEnumerationLimit`.
    convenience init(shell: Shell, width: Int? = nil, writeLine: @escaping (String) -> Void) {
        self.init(formats: ViewFormatting.views(of: shell), width: width ?? max(20, shell.host.width),
                  enumerationLimit: (try? LanguagePrimitives.toInt(shell.variable("FormatEnumerationLimit") ?? .int(4))) ?? 4,
                  writeLine: writeLine)
    }

    package func write(_ value: Value) { write(value, nesting: 0) }

    /// `nesting`: how many collections around `value` were opened here. PowerShell's formatter opens
    /// one (format-default, `EnumerableExpansion.EnumOnly`) and shows a collection found inside it as
    /// one System.Object[] object; vtash opens two, for callers that hand over a pipeline's output
    /// unopened. Deeper nesting is therefore never walked, and `$a = $a, $a` stays linear to print.
    private func write(_ value: Value, nesting: Int) {
        // A wrapper made to carry instance members prints as the value it wraps.
        if case .object(let object) = value, object.baseObject != nil, let wrapped = object.wrappedValue { return write(wrapped, nesting: nesting) }
        switch value {
        case .null:
            return
        case .object, .hashtable:
            break
        case .array(let items) where nesting >= 2:
            write(.object(Self.arrayObject(items)), nesting: nesting)
            return
        case .array(let items):
            for item in items { write(item, nesting: nesting + 1) }
            return
        case .dotNet(let object) where object.elements != nil:
            // A .NET collection (ArrayList, List[T], a typed array) shows as an array does.
            write(.array(object.elements ?? []), nesting: nesting)
            return
        case .dotNet(let object) where !object.displayProperties.isEmpty:
            // A .NET object with properties (a StringBuilder) shows them, as an object does.
            write(.object(object.propertyView()), nesting: nesting)
            return
        default:
            endGroup()
            for line in scalarText(value).split(separator: "\n", omittingEmptySubsequences: false) { writeLine(String(line)) }
            return
        }
        if let group, fits(value, into: group) {
            add(value, to: group)
            return
        }
        endGroup()
        let newGroup = makeGroup(for: value)
        if let view = newGroup.view, view.isOutOfBand, case .custom(let render) = view.shape {
            for line in render(value) { writeLine(line) }
            return
        }
        if let header = newGroup.view?.groupBy?(value) {
            newGroup.label = header
            writeLine("")
            for line in header { writeLine(line) }
        }
        group = newGroup
        // A custom control's group starts and ends with a blank line, as 5.1 prints Select-String's matches.
        if let view = newGroup.view, case .custom = view.shape { writeLine("") }
        add(value, to: newGroup)
    }

    /// An array shown as an object: the public properties of System.Object[].
    private static func arrayObject(_ items: [Value]) -> PSObject {
        PSObject(typeNames: ["System.Object[]", "System.Array", "System.Object"], properties: [
            PSProperty(name: "Length", value: .int(items.count)), PSProperty(name: "LongLength", value: .int(items.count)),
            PSProperty(name: "Rank", value: .int(1)), PSProperty(name: "SyncRoot", value: .array(items)),
            PSProperty(name: "IsReadOnly", value: .bool(false)), PSProperty(name: "IsFixedSize", value: .bool(true)),
            PSProperty(name: "IsSynchronized", value: .bool(false)), PSProperty(name: "Count", value: .int(items.count)),
        ])
    }

    func scalarText(_ value: Value) -> String {
        switch value {
        case .date(let date): return DateFormatting.long(date)
        default: return LanguagePrimitives.toString(value)
        }
    }

    /// At the end of a top-level statement: auto-sized tables print now and keep their widths.
    package func flushIfPending() {
        guard let group, group.isTable, !group.pendingRows.isEmpty else { return }
        writeTableRows(group)
    }

    package func finish() {
        endGroup()
    }

    // MARK: - Groups

    private func fits(_ value: Value, into group: Group) -> Bool {
        if let view = group.view {
            return formats.view(for: value)?.typeName == view.typeName && view.groupBy.map { $0(value) } == group.label
        }
        if forcesList { return !group.isTable }
        if formats.view(for: value) != nil { return false }
        if group.isTable { return true }
        return propertyNames(of: value).count > 4
    }

    private func makeGroup(for value: Value) -> Group {
        if forcesList { return Group(view: nil, isTable: false, columns: [], listEntries: nil) }
        if let view = formats.view(for: value) {
            switch view.shape {
            case .table(let columns): return Group(view: view, isTable: true, columns: columns, listEntries: nil)
            case .list(let entries): return Group(view: view, isTable: false, columns: [], listEntries: entries)
            case .custom: return Group(view: view, isTable: false, columns: [], listEntries: nil)
            }
        }
        if case .hashtable = value {
            return Group(view: nil, isTable: true, columns: [
                TableColumn("Name", width: 30) { item in
                    if case .object(let entry) = item { return entry["Name"] }
                    return .null
                },
                TableColumn("Value") { item in
                    if case .object(let entry) = item { return entry["Value"] }
                    return .null
                },
            ], listEntries: nil)
        }
        let names = propertyNames(of: value)
        if forcesTable && !names.isEmpty {
            return Group(view: nil, isTable: true, columns: names.prefix(10).map { TableColumn($0, alignment: .automatic) }, listEntries: nil)
        }
        if names.count <= 4 && !names.isEmpty {
            return Group(view: nil, isTable: true, columns: names.map { TableColumn($0, alignment: .automatic) }, listEntries: nil)
        }
        return Group(view: nil, isTable: false, columns: [], listEntries: nil)
    }

    private func propertyNames(of value: Value) -> [String] {
        switch value {
        case .object(let object): return object.properties.map(\.name)
        case .hashtable: return ["Name", "Value"]
        default: return []
        }
    }

    private func add(_ value: Value, to group: Group) {
        if case .hashtable(let table) = value, group.view == nil {
            for (key, entry) in table.entries {
                add(.object(PSObject(typeNames: ["System.Collections.DictionaryEntry"], properties: [PSProperty(name: "Name", value: key), PSProperty(name: "Value", value: entry)])), to: group)
            }
            return
        }
        if let view = group.view, case .custom(let render) = view.shape {
            for line in render(value) { writeLine(line) }
            return
        }
        if group.isTable {
            let allFixed = group.columns.dropLast().allSatisfy { $0.width != nil }
            if group.widths == nil && allFixed && group.columns.allSatisfy({ $0.alignment != .automatic }) {
                group.widths = fixedWidths(group, rows: [value])
                group.alignments = group.columns.map(\.alignment)
            }
            if group.widths != nil {
                if !group.headerWritten { writeHeader(group) }
                writeRow(value, group)
            } else {
                group.pendingRows.append(value)
            }
        } else {
            writeListEntry(value, group)
        }
    }

    private func endGroup() {
        guard let current = group else { return }
        if current.isTable {
            if !current.pendingRows.isEmpty { writeTableRows(current) }
            if current.headerWritten { writeLine("") }
        } else if let view = current.view, case .custom = view.shape {
            writeLine("")
        }
        group = nil
    }

    // MARK: - Tables

    private func fixedWidths(_ group: Group, rows: [Value]) -> [Int] {
        ColumnWidths.fit(group.columns.map { $0.width ?? 0 }, tableWidth: width)
    }

    private func writeTableRows(_ group: Group) {
        if group.widths == nil {
            var widths = group.columns.map { column -> Int in column.width ?? column.label.count }
            for (index, column) in group.columns.enumerated() where column.width == nil {
                for row in group.pendingRows {
                    let text = CellText.render(cell(row, group, index), enumerationLimit: enumerationLimit, inTable: true)
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    let measured = wraps ? lines.map(\.count).max() ?? 0 : lines.first.map(\.count) ?? 0
                    widths[index] = max(widths[index], measured)
                }
            }
            // Wider than the console: the last columns shrink, or go when less than a character would be left.
            group.widths = ColumnWidths.fit(widths.map { max(1, $0) }, tableWidth: width)
            let first = group.pendingRows.first ?? .null
            group.alignments = group.columns.map { column in
                switch column.alignment {
                case .left, .right, .center: return column.alignment
                case .automatic: return CellText.isRightAligned(column.value(first)) ? .right : .left
                }
            }
        }
        if !group.headerWritten { writeHeader(group) }
        for row in group.pendingRows { writeRow(row, group) }
        group.pendingRows.removeAll()
    }

    private func writeHeader(_ group: Group) {
        guard let widths = group.widths else { return }
        if hidesHeaders {
            writeLine("")
            group.headerWritten = true
            return
        }
        let alignments = group.alignments ?? group.columns.map { _ in .left }
        writeLine("")
        var labels: [String] = []
        var dashes: [String] = []
        for (index, column) in group.columns.prefix(widths.count).enumerated() {
            let label = CellText.fit(column.label, width: widths[index])
            let dash = String(repeating: "-", count: min(column.label.count, widths[index]))
            let last = index == widths.count - 1
            labels.append(last && alignments[index] == .left ? label : CellText.pad(label, to: widths[index], alignment: alignments[index]))
            dashes.append(last && alignments[index] == .left ? dash : CellText.pad(dash, to: widths[index], alignment: alignments[index]))
        }
        writeLine(trimTrailing(labels.joined(separator: " ")))
        writeLine(trimTrailing(dashes.joined(separator: " ")))
        group.headerWritten = true
    }

    private func writeRow(_ value: Value, _ group: Group) {
        guard let widths = group.widths else { return }
        let alignments = group.alignments ?? group.columns.map { _ in .left }
        let texts = group.columns.indices.prefix(widths.count).map { CellText.render(cell(value, group, $0), enumerationLimit: enumerationLimit, inTable: true) }
        if wraps {
            // Each cell becomes a column of lines; the row is as tall as its tallest cell.
            let cellLines = texts.enumerated().map { index, text in CellText.wrap(text, width: max(1, widths[index])) }
            let height = cellLines.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var cells: [String] = []
                for (index, lines) in cellLines.enumerated() {
                    let text = lineIndex < lines.count ? lines[lineIndex] : ""
                    cells.append(CellText.pad(text, to: widths[index], alignment: alignments[index]))
                }
                writeLine(trimTrailing(cells.joined(separator: " ")))
            }
            return
        }
        // The line's bytes built in one buffer: the cells, padded, separated by one space.
        var line: [UInt8] = []
        line.reserveCapacity(widths.reduce(widths.count) { $0 &+ max(0, $1) })
        for (index, text) in texts.enumerated() {
            let fitted = CellText.fit(text, width: widths[index])
            let last = index == widths.count - 1
            if index > 0 { line.append(0x20) }
            let alignment = alignments[index]
            let padding = last && alignment == .left ? 0 : max(0, widths[index] - (CellText.plainCount(fitted) ?? fitted.count))
            let leading = alignment == .right ? padding : (alignment == .center ? padding / 2 : 0)
            line.append(contentsOf: repeatElement(0x20, count: leading))
            line.append(contentsOf: fitted.utf8)
            line.append(contentsOf: repeatElement(0x20, count: padding - leading))
        }
        writeLine(CellText.trimmingTrailingSpaces(line))
    }

    /// A row's value for one column: a plain property column finds the property by the row's layout.
    private func cell(_ value: Value, _ group: Group, _ index: Int) -> Value {
        let column = group.columns[index]
        if let name = column.propertyName, case .object(let object) = value {
            return object.value(named: name, cache: &group.slotCaches[index])
        }
        return column.value(value)
    }

    private func trimTrailing(_ line: String) -> String {
        CellText.trimmingTrailingSpaces(line)
    }

    // MARK: - Lists

    private func writeListEntry(_ value: Value, _ group: Group) {
        var pairs: [(String, Value)]
        if let entries = group.listEntries {
            pairs = entries.map { ($0.label, $0.value(value)) }
        } else if case .object(let object) = value {
            pairs = object.properties.map { ($0.name, $0.value) }
        } else {
            pairs = []
        }
        if group.headerWritten == false {
            writeLine("")
            group.headerWritten = true
        }
        let labelWidth = pairs.map { $0.0.count }.max() ?? 0
        for (label, item) in pairs {
            let prefix = CellText.pad(label, to: labelWidth, right: false) + " : "
            let text = CellText.render(item, enumerationLimit: enumerationLimit)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            let indent = String(repeating: " ", count: labelWidth + 3)
            for (offset, line) in wrap(lines, width: max(10, width - labelWidth - 3)).enumerated() {
                writeLine(trimTrailing(offset == 0 ? prefix + line : indent + line))
            }
            if lines.isEmpty { writeLine(trimTrailing(prefix)) }
        }
        writeLine("")
    }

    private func wrap(_ lines: [String], width: Int) -> [String] {
        var result: [String] = []
        for line in lines {
            var rest = Substring(line)
            if rest.isEmpty { result.append(""); continue }
            while rest.count > width {
                result.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            }
            result.append(String(rest))
        }
        return result
    }
}

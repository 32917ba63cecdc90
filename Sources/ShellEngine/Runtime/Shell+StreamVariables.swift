/// `-WarningVariable`, `-InformationVariable` and `-PipelineVariable` (about_CommonParameters): the records of the
/// warning and information streams go to the collectors of the commands running now; the pipeline variable is
/// a variable of the pipeline's scope.
extension Shell {
    /// A warning written now, for every `-WarningVariable` gathering (nothing to do when none is).
    func recordWarning(_ message: String) {
        guard !recordCollectors.isEmpty else { return }
        let record = InformationalRecord.warning(message)
        for collector in recordCollectors { collector.warnings?.append(record) }
    }

    /// An information record written now (Write-Information, Write-Host), for every `-InformationVariable`.
    package func recordInformation(_ messageData: @autoclosure () -> Value, tags: [String], source: String) {
        guard !recordCollectors.isEmpty else { return }
        let record = InformationalRecord.information(messageData(), tags: tags, source: source)
        for collector in recordCollectors { collector.information?.append(record) }
    }

    /// Runs `body` (the command's own code) with `collector` gathering.
    func gathering<T>(into collector: RecordCollector, _ body: () throws -> T) rethrows -> T {
        recordCollectors.append(collector)
        defer { if let index = recordCollectors.lastIndex(where: { $0 === collector }) { recordCollectors.remove(at: index) } }
        return try body()
    }

    /// Runs `body` (the commands downstream of the collector's) without `collector` gathering.
    func notGathering<T>(into collector: RecordCollector, _ body: () throws -> T) rethrows -> T {
        guard let index = recordCollectors.lastIndex(where: { $0 === collector }) else { return try body() }
        recordCollectors.remove(at: index)
        defer { recordCollectors.insert(collector, at: min(index, recordCollectors.count)) }
        return try body()
    }

    /// The variable `-PipelineVariable name` sets, emptied in the current scope (MshCommandRuntime.cs
    /// SetupPipelineVariable: a new variable of that name in the scope the pipeline runs in).
    func pipelineVariable(named name: String) -> PipelineVariableSlot {
        let key = VariableKey.of(name)
        if let existing = currentScope.variables[key] {
            existing.value = .null
            existing.holdsAutomationNull = false
            return PipelineVariableSlot(existing)
        }
        let variable = Variable(name: name, value: .null)
        currentScope.variables[key] = variable
        return PipelineVariableSlot(variable)
    }

    /// Publishes a collector's records into the variables the command line named.
    func publishRecords(of collector: RecordCollector, warningVariable: String?, informationVariable: String?) {
        if let name = warningVariable, let warnings = collector.warnings { publishCommonVariable(name, warnings) }
        if let name = informationVariable, let information = collector.information { publishCommonVariable(name, information) }
    }
}

import Foundation
import PowerShellSyntax

/// A Swift cmdlet in a pipeline: binds each input object and calls `process`.
final class CmdletStage: PipelineStage {
    let shell: Shell
    let cmdlet: any Cmdlet
    let binder: ParameterBinder
    let bound: BoundParameters
    let context: CommandContext
    var downstream: Emit {
        get { context.downstream }
        set {
            // An error thrown further down the pipeline is marked by `CommandContext.write`, so that this command
            // does not take it for its own: no closure of the stage's own around the next stage's.
            guard bindsUndeclaredParameters else {
                context.downstream = newValue
                return
            }
            // -OutVariable keeps a copy of everything the command writes, -PipelineVariable the last object
            // written; the commands downstream are not this command's for -WarningVariable/-InformationVariable.
            let keepsOutput = bound.has("OutVariable")
            let pipelineVariable = bound.string("PipelineVariable").map { shell.pipelineVariable(named: $0) }
            let collector = self.collector
            context.downstream = { [unowned self] value in
                if keepsOutput { self.outVariable.append(value) }
                pipelineVariable?.variable.value = value
                if let collector {
                    try self.shell.notGathering(into: collector) { try newValue(value) }
                } else {
                    try newValue(value)
                }
            }
        }
    }
    private var errorCameFromDownstream: Bool { context.errorCameFromDownstream }
    var failed: Bool { context.hadError }
    var outVariable: [Value] = []
    /// Set when the command line has `-WarningVariable` or `-InformationVariable`.
    private let collector: RecordCollector?
    /// Computed at the first pipeline object: the command line does not change between objects.
    private lazy var pipelinePlan = binder.pipelinePlan(for: bound)

    /// Whether the command line bound a parameter without an `@Parameter` slot, as every common parameter is:
    /// when not, there is no `-OutVariable`, `-ErrorVariable` or `-WarningVariable` to look up by name.
    private let bindsUndeclaredParameters: Bool

    /// The cmdlet's `@Parameter` properties, in declaration order (the order of its metadata's parameters).
    private let slots: ParameterSlots

    init(shell: Shell, type: any Cmdlet.Type, binder: ParameterBinder, bound: BoundParameters, invocationName: String,
         isFirst: Bool, span: SourceSpan, source: SourceText) {
        self.shell = shell
        let cmdlet = type.init()
        self.cmdlet = cmdlet
        slots = ParameterSlots(of: cmdlet, layout: binder.metadata.slotLayout)
        self.binder = binder
        self.bound = bound
        bindsUndeclaredParameters = bound.hasUnslottedParameter
        let warnings = bindsUndeclaredParameters && bound.has("WarningVariable")
        let information = bindsUndeclaredParameters && bound.has("InformationVariable")
        collector = warnings || information ? RecordCollector(warnings: warnings, information: information) : nil
        self.context = CommandContext(shell: shell, metadata: binder.metadata, invocationName: invocationName, parameters: bound,
                                      isFirstInPipeline: isFirst, span: span, source: source, downstream: { _ in })
        fill(from: bound)
    }

    /// Slots a pipeline object filled beyond the command line's binding, to forget before the next object.
    @exclusivity(unchecked) private var filledByInput: [Int] = []

    /// Writes the command line's values into the cmdlet's properties (once, when the stage is made).
    private func fill(from parameters: BoundParameters) {
        for position in parameters.names.indices {
            let index = parameters.slot(at: position)
            guard index >= 0, index < slots.count else { continue }
            slots[index] = parameters.value(at: position)
        }
    }

    /// Writes what one pipeline object bound on top of the command line; what the previous object bound and
    /// this one did not reads as the command line left it.
    private func fill(input itemBound: BoundParameters) {
        for index in filledByInput { slots[index] = nil }
        filledByInput.removeAll(keepingCapacity: true)
        for position in bound.names.count..<itemBound.names.count {
            let index = itemBound.slot(at: position)
            guard index >= 0, index < slots.count else { continue }
            slots[index] = itemBound.value(at: position)
            filledByInput.append(index)
        }
    }

    func begin() throws {
        try guarded { try cmdlet.begin(context) }
    }

    func process(_ input: Value?) throws {
        if let input {
            guard let itemBound = binder.bindPipelineObject(input, onto: bound, plan: pipelinePlan) else {
                try context.writeError(context.errorRecord(
                    "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                    id: "InputObjectNotBound", category: .invalidArgument, reason: "ParameterBindingException", targetObject: input))
                return
            }
            context.parameters = itemBound
            if slots.count != 0 { fill(input: itemBound) }
            shell.noteBinding(of: binder.table, itemBound)  // Shell+Secrets.swift
        }
        context.inputObject = input
        try guarded { try cmdlet.process(context) }
    }

    func end() throws {
        context.inputObject = nil
        for index in filledByInput { slots[index] = nil }
        filledByInput.removeAll()
        context.parameters = bound
        try guarded { try cmdlet.end(context) }
        publishCommonVariables()
    }

    /// `-ErrorVariable`, `-WarningVariable`, `-OutVariable` (a leading `+` appends).
    /// `stopped`: `-ErrorAction Stop` ended the command on this error; the variable then holds the
    /// ActionPreferenceStopException in its place, as Windows PowerShell 5.1 does (ActionPreference.Tests.ps1).
    func publishCommonVariables(stopped: ErrorRecord? = nil) {
        guard bindsUndeclaredParameters else { return }
        func publish(_ parameter: String, _ values: [Value]) {
            guard let name = bound.string(parameter) else { return }
            shell.publishCommonVariable(name, values)
        }
        var errors = context.errorVariable.map { Value.object(shell.errorRecordObject($0)) }
        if let stopped {
            if !errors.isEmpty { errors.removeLast() }
            errors.append(.object(shell.actionPreferenceStopException(stopped)))
        }
        publish("ErrorVariable", errors)
        if let collector {
            shell.publishRecords(of: collector, warningVariable: bound.string("WarningVariable"),
                                 informationVariable: bound.string("InformationVariable"))
        }
        publish("OutVariable", outVariable)
    }

    /// Errors thrown by a cmdlet honour `-ErrorAction` for non-terminating records it raises by throwing
    /// a record marked as such; terminating errors pass through.
    /// A non-terminating error the cmdlet threw is written as one (the object's processing ends there); a
    /// terminating one still reaches `-ErrorVariable` before it ends the statement, as in PowerShell.
    /// An error from downstream (a `Select-Object -First` stopping the pipeline, say) passes through without the
    /// casts below: none of them applies to it.
    private func guarded(_ body: () throws -> Void) throws {
        do {
            do {
                if let collector { try shell.gathering(into: collector, body) } else { try body() }
            } catch let error where errorCameFromDownstream {
                throw error
            } catch let error as RuntimeError where error.isNonTerminating && !errorCameFromDownstream {
                try context.writeError(error.record)
            } catch let error as ConversionError where !errorCameFromDownstream {
                // A conversion a cmdlet made failed: its error, not a silent end of the script.
                throw context.failure(error.message, id: "InvalidCastException", category: .invalidArgument, reason: "InvalidCastException")
            }
        } catch let error where errorCameFromDownstream {
            throw error
        } catch let error as RuntimeError where error.record.stoppedByPreference && !errorCameFromDownstream {
            context.hadError = true
            publishCommonVariables(stopped: error.record)
            throw error
        } catch let error as RuntimeError where !error.endsScript && !errorCameFromDownstream {
            context.hadError = true
            context.errorVariable.append(error.record)
            publishCommonVariables()
            throw error
        }
    }
}

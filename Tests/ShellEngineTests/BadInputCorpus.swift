/// Malformed and hostile inputs: each must give an error or a result, never a crash or a hang.
enum BadInputCorpus {
    /// Each hand-written bad line with the outcome PowerShell gives it: a parse error (nothing runs), an error
    /// record (the line ran and failed), output without an error, or nothing at all. Where vtash gives another
    /// outcome today, `known` says what PowerShell does; BadInputTests records those as known issues.
    static let handWritten: [BadInputCase] = [
        BadInputCase("'unterminated", .parse),
        BadInputCase("\"unterminated", .parse),
        BadInputCase("@\"\nno end", .parse),
        BadInputCase("@'\nno end", .parse),
        BadInputCase("{", .parse),
        BadInputCase("}", .parse),
        BadInputCase("(", .parse),
        BadInputCase(")", .parse),
        BadInputCase("[", .parse),
        BadInputCase("]", .error),
        BadInputCase("@{", .parse),
        BadInputCase("@(", .parse),
        BadInputCase("$(", .parse),
        BadInputCase("if (", .parse),
        BadInputCase("if ($true) {", .parse),
        BadInputCase("while (", .parse),
        BadInputCase("for (;;", .parse),
        BadInputCase("foreach ($x in", .parse),
        BadInputCase("switch ($x) {", .parse),
        BadInputCase("try {", .parse),
        BadInputCase("try { } ", .parse),
        BadInputCase("catch { }", .parse),
        BadInputCase("function", .parse),
        BadInputCase("function f {", .parse),
        BadInputCase("function ( ) { }", .parse),
        BadInputCase("param(", .parse),
        BadInputCase("1 +", .parse),
        BadInputCase("1 -eq", .parse),
        BadInputCase("-", .parse),
        BadInputCase("--", .parse),
        BadInputCase("---", .parse),
        BadInputCase("$", .parse),
        BadInputCase("${", .parse),
        BadInputCase("${}", .parse),
        BadInputCase("$:", .parse),
        BadInputCase("|", .parse),
        BadInputCase("| Sort-Object", .parse),
        BadInputCase("1 |", .parse),
        BadInputCase("1 | | 2", .parse),
        BadInputCase("1;;;2", .output),
        BadInputCase(";;;", .nothing),
        BadInputCase("&", .parse),
        BadInputCase("& ''", .error),
        BadInputCase("& $null", .error),
        BadInputCase(". ''", .error),
        BadInputCase("@", .parse),
        BadInputCase("@@", .parse),
        BadInputCase(",", .parse),
        BadInputCase(",,", .parse),
        BadInputCase("1,,2", .parse),
        BadInputCase("`", .parse),
        BadInputCase("``", .error),
        BadInputCase("#", .nothing),
        BadInputCase("<#", .parse),
        BadInputCase("<# unterminated", .parse),
        BadInputCase("#>", .nothing),
        BadInputCase("[int", .parse),
        BadInputCase("[int]]", .parse),
        BadInputCase("[no.such.type]1", .error),
        BadInputCase("[int]'abc'", .error),
        BadInputCase("[int]9999999999999", .error),
        BadInputCase("99999999999999999999999999999", .output),
        BadInputCase("1e999", .output),
        BadInputCase("-1e999", .output),
        BadInputCase("0x", .error),
        BadInputCase("0xFFFFFFFFFFFFFFFFFFFF", .error),
        BadInputCase("1kb * 1pb * 1pb", .output),
        BadInputCase("1/0", .error),
        BadInputCase("1%0", .error),
        BadInputCase("[int]::MaxValue + 1", .output),
        BadInputCase("[long]::MaxValue * 2", .output),
        BadInputCase("1..999999999", .error),
        BadInputCase("'a' * 999999999", .error),
        BadInputCase("@(1) * 999999999", .error),
        BadInputCase("'{0}' -f", .parse),
        BadInputCase("'{99}' -f 1", .error),
        BadInputCase("'{' -f 1", .error),
        BadInputCase("'x' -match '('", .error),
        BadInputCase("'x' -replace '[', 'y'", .error),
        BadInputCase("'x' -split '('", .error),
        BadInputCase("'x' -like '[a'", .error, known: "PowerShell refuses the wildcard pattern \"[a\" (WildcardPatternException)"),
        BadInputCase("$null.x.y.z", .nothing),
        BadInputCase("$null[0]", .error),
        BadInputCase("$null()", .parse),
        BadInputCase("$null.Foo()", .error),
        BadInputCase("(1,2)[99]", .nothing),
        BadInputCase("@{}[$null]", .error, known: "PowerShell: \"Index operation failed; the array index evaluated to null.\""),
        BadInputCase("@{a=1;a=2}", .parse, known: "PowerShell reports duplicate keys while parsing (SemanticChecks.cs, DuplicateKeyInHashLiteral)"),
        BadInputCase("@{a}", .parse),
        BadInputCase("@{=1}", .parse),
        BadInputCase("[pscustomobject]", .output),
        BadInputCase("[pscustomobject]5", .output),
        BadInputCase("New-Object", .error),
        BadInputCase("New-Object No.Such.Type", .error),
        BadInputCase("New-Object PSCredential", .error),
        BadInputCase("Get-Foo -Bar", .error),
        BadInputCase("Sort-Object -", .nothing),
        BadInputCase("Sort-Object -Top", .error),
        BadInputCase("Sort-Object -Top -1", .error, known: "-Top must be at least 1 (ValidateRange; Windows PowerShell 5.1 has no -Top at all)"),
        BadInputCase("Select-Object -First -5", .error, known: "-First has ValidateRange(0, Int32.MaxValue)"),
        BadInputCase("Select-Object -Index 99", .nothing),
        BadInputCase("Get-Date -Year 0", .error, known: "-Year has ValidateRange(1, 9999)"),
        BadInputCase("Get-Date -Month 13", .error, known: "-Month has ValidateRange(1, 12)"),
        BadInputCase("Get-Date -Format", .error),
        BadInputCase("Get-Date -Date ''", .error),
        BadInputCase("Start-Sleep -Seconds -5", .error),
        BadInputCase("Start-Sleep -Milliseconds 'x'", .error),
        // The folder is whatever the test runs in: a filter no file name matches keeps the outcome fixed.
        BadInputCase("Get-ChildItem -Path $null -Filter no-such-name-*", .nothing),
        BadInputCase("Get-ChildItem '' -Filter no-such-name-*", .nothing),
        BadInputCase("Test-Path ''", .output),
        BadInputCase("Test-Path $null", .error),
        BadInputCase("Get-Content /no/such/file", .error),
        BadInputCase("Remove-Item /no/such/file", .error),
        BadInputCase("Copy-Item /no/such/a /no/such/b", .error),
        BadInputCase("New-Item -ItemType Weird x", .error),
        BadInputCase("ConvertFrom-Json '{'", .error),
        BadInputCase("ConvertFrom-Json '[1,'", .error),
        BadInputCase("ConvertFrom-Json '\"\\u12'", .error),
        BadInputCase("ConvertFrom-Json 'nul'", .error),
        BadInputCase("ConvertTo-Json", .error),
        BadInputCase("ConvertFrom-Csv ''", .nothing),
        BadInputCase("ConvertTo-SecureString", .error),
        BadInputCase("ConvertTo-SecureString 'zz'", .error),
        BadInputCase("Get-Member", .error),
        BadInputCase("Measure-Object -Property x", .output),
        BadInputCase("'a' | Measure-Object -Sum", .error),
        BadInputCase("Group-Object -Property {throw 'x'}", .nothing),
        BadInputCase("1 | Where-Object { throw 'w' }", .error),
        BadInputCase("1 | ForEach-Object { break }", .nothing),
        BadInputCase("break", .nothing),
        BadInputCase("continue", .nothing),
        BadInputCase("return", .nothing),
        BadInputCase("exit 'abc'", .nothing),
        BadInputCase("throw", .error),
        BadInputCase("throw $null", .error),
        // A statement list needs no terminator after a block (Parser.cs StatementListRule): the trap, then `1`.
        BadInputCase("trap { } 1", .output),
        BadInputCase("$true = 1", .error),
        BadInputCase("$null = 5; $null", .nothing),
        BadInputCase("function f { f }; f", .error),
        BadInputCase("function g { g 1 2 3 }; g", .error),
        BadInputCase("$sb = { & $sb }; & $sb", .error),
        BadInputCase("filter q { $_ | q }; 1 | q", .error),
        BadInputCase("Invoke-Expression", .error),
        BadInputCase("Get-Help Nope", .error),
        BadInputCase("Get-Help Get-Date -Parameter Nope", .error),
        BadInputCase("Get-Command -Noun", .error),
        BadInputCase("Set-Location /no/such", .error),
        BadInputCase("Write-Error", .error),
        BadInputCase("Write-Error -Category Nope x", .error),
        BadInputCase("Write-Progress", .nothing),
        BadInputCase("Read-Host", .error),
        BadInputCase("Get-Credential", .error),
        BadInputCase("Format-Table -Property", .error),
        BadInputCase("1 | Format-Table -Property @{}", .error, known: "\"A mandatory entry for Expression is missing.\" (MshParameter.cs)"),
        BadInputCase("1 | Format-Table -Property @{e={}}", .output),
        BadInputCase("1 | Select-Object -Property @{}", .error, known: "\"A mandatory entry for Expression is missing.\" (MshParameter.cs)"),
        BadInputCase("Format-Wide -Column 0", .error, known: "-Column has ValidateRange(1, Int32.MaxValue)"),
        BadInputCase("Format-Wide -Column 999999", .nothing),
        BadInputCase("1 | Out-String -Width -1", .error),
        BadInputCase("1 | Out-String -Width 9999999", .output),
        BadInputCase("Out-File", .error),
        BadInputCase("1 > /no/such/dir/file", .error),
        BadInputCase("$a = @(); $a[0] = 1", .error),
        BadInputCase("$h = @{}; $h.Add($null, 1)", .error),
        BadInputCase("$x = 1; $x.NoMethod()", .error),
        BadInputCase("'abc'.Substring(99)", .error),
        BadInputCase("'abc'.Substring(-1)", .error),
        BadInputCase("[math]::Sqrt('x')", .error, known: "the argument cannot be converted to Double: vtash fails without printing any error"),
        BadInputCase("[string]::Format('{0}')", .error),
        BadInputCase("[char]'ab'", .error),
        BadInputCase("[byte]300", .error),
        BadInputCase("[datetime]'not a date'", .error),
        BadInputCase("[bool]'x' -eq 5", .output),
        BadInputCase("1 -as [no.type]", .error),
        BadInputCase("'x' -is [no.type]", .error),
        BadInputCase("$x = [ordered]5", .parse, known: "[ordered] on anything but a hash literal is a parse error (SemanticChecks.cs, OrderedAttributeOnlyOnHashLiteralNode)"),
        BadInputCase("[ordered]@{a=1}.a", .parse, known: "[ordered] applies to `@{a=1}.a`, not a hash literal: a parse error (SemanticChecks.cs)"),
        BadInputCase("$env:", .parse),
        BadInputCase("$env:NO_SUCH_VAR.Length", .output),
        BadInputCase("$global:", .parse),
        BadInputCase("$script:x = 1; $script:x", .output),
        BadInputCase("${a b} = 1; ${a b}", .output),
        BadInputCase("$a?b = 1", .nothing),
        BadInputCase("\"$(\"", .parse),
        BadInputCase("\"$(1\"", .parse),
        BadInputCase("\"${\"", .parse),
        BadInputCase("\"`u{110000}\"", .parse),
        BadInputCase("\"`u{}\"", .parse),
        BadInputCase("\"`u{zz}\"", .parse),
        BadInputCase("'\u{0}'", .output),
        BadInputCase("\u{0}", .error),
        BadInputCase("Write-Output \u{0}", .output),
        BadInputCase("\u{FEFF}1", .error),
        BadInputCase("\u{202E}abc", .error),
        BadInputCase("１２３", .error),
        BadInputCase("ａｂｃ", .error),
        BadInputCase("Write-Output 'ok' # trailing", .output),
        BadInputCase("-Verbose", .parse),
        BadInputCase("Get-Date -Verbose:$false -Debug:'x'", .error),
        BadInputCase("Get-Date -ErrorAction Nope", .error),
        BadInputCase("Get-Date -ErrorAction", .error),
        BadInputCase("Get-Date -OutVariable", .error),
        BadInputCase("Get-Date -ov ''", .output),
        BadInputCase("Get-Date -ev +", .output),
        BadInputCase("Get-Date -WhatIf", .error),
        BadInputCase("Set-Variable", .error),
        BadInputCase("Set-Variable -Name '' -Value 1", .nothing),
        BadInputCase("Remove-Variable true", .error),
        BadInputCase("Set-Variable -Name null -Value 1", .error),
        BadInputCase("Get-Variable -Name $null", .output),
        BadInputCase("Clear-Variable nosuch", .error),
        BadInputCase("1 2 3", .parse),
        BadInputCase("1 $x", .parse),
        BadInputCase("(1", .parse),
        BadInputCase("1)", .parse),
        BadInputCase("{}.Invoke(", .parse),
        BadInputCase("$x = ", .parse),
        BadInputCase("= 1", .error),
        BadInputCase("+=", .parse),
        BadInputCase("$x +=", .parse),
        BadInputCase("$x++++", .parse),
        BadInputCase("++$null", .nothing),
        BadInputCase("$a,$b,$c = ", .parse),
        BadInputCase("[int[]]'a,b'", .error),
        BadInputCase("[string[]]$null", .nothing),
        BadInputCase("@(@(@(@(@(@(1))))))", .output),
        BadInputCase("-not", .parse),
        BadInputCase("!", .parse),
    ]

    /// Inputs built from templates: deep nesting, huge lines, long operator chains, each with its outcome. The
    /// parser allows 1,000 levels of recursion (ScriptParser.maximumDepth); a parenthesis, `@(`, `!` or `+`
    /// takes two of them, an `if` block more, so 500 of those are past the limit and 100 are not. PowerShell
    /// itself stops where its stack runs short (ScriptTooComplicated), which is later.
    static var generated: [BadInputCase] {
        var cases: [BadInputCase] = []
        for depth in [10, 100, 500, 2_000, 10_000] {
            let deep = depth >= 500
            cases.append(BadInputCase(String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth), deep ? .parse : .output))
            cases.append(BadInputCase(String(repeating: "(", count: depth), .parse))
            cases.append(BadInputCase(String(repeating: "{", count: depth), .parse))
            cases.append(BadInputCase(String(repeating: "@(", count: depth) + String(repeating: ")", count: depth), deep ? .parse : .nothing))
            cases.append(BadInputCase(String(repeating: "$(", count: depth), .parse))
            cases.append(BadInputCase(String(repeating: "[", count: depth), .parse))
            cases.append(BadInputCase(String(repeating: "if ($true) { ", count: min(depth, 1_000)) + String(repeating: "}", count: min(depth, 1_000)),
                                      depth >= 2_000 ? .parse : .nothing))
            // `--1` decrements a constant: refused at any depth.
            cases.append(BadInputCase(String(repeating: "-", count: depth) + "1", .parse))
            cases.append(BadInputCase(String(repeating: "!", count: depth) + "$true", depth >= 2_000 ? .parse : .output))
            cases.append(BadInputCase("1" + String(repeating: " + 1", count: depth), depth >= 2_000 ? .parse : .output))
            cases.append(BadInputCase("'a'" + String(repeating: " | Sort-Object", count: min(depth, 500)), .output))
            cases.append(BadInputCase(String(repeating: "\"$(", count: min(depth, 500)), .parse))
            cases.append(BadInputCase("@{" + String(repeating: "a=@{", count: min(depth, 500)), .parse))
        }
        let megabyte = 1 << 20
        cases.append(BadInputCase("'" + String(repeating: "a", count: megabyte) + "'", .output))
        cases.append(BadInputCase("\"" + String(repeating: "b", count: megabyte) + "\"", .output))
        cases.append(BadInputCase(String(repeating: "x", count: megabyte), .error))
        cases.append(BadInputCase("Write-Output " + String(repeating: "y", count: megabyte), .output))
        cases.append(BadInputCase(String(repeating: "1,", count: 65_536) + "1 | Measure-Object", .output))
        cases.append(BadInputCase(String(repeating: "9", count: megabyte), .output))
        // An unset variable is $null: nothing to show.
        cases.append(BadInputCase("$" + String(repeating: "v", count: megabyte), .nothing))
        cases.append(BadInputCase("# " + String(repeating: "c", count: megabyte), .nothing))
        cases.append(BadInputCase(String(repeating: "; ", count: megabyte / 2), .nothing))
        cases.append(BadInputCase(String(repeating: "`\n", count: 1_000), .nothing))
        for scalar in [0x00, 0x01, 0x07, 0x08, 0x1B, 0x7F, 0x85, 0xA0, 0x2028, 0xFFFD, 0x1F600] {
            guard let value = Unicode.Scalar(scalar) else { continue }
            // NEL, no-break space and the line separator are whitespace to PowerShell (CharTraits.cs IsWhitespace),
            // so Write-Output gets two arguments and writes both (its InputObject takes the remaining arguments).
            let splits = [0x85, 0xA0, 0x2028].contains(scalar)
            cases.append(BadInputCase("Write-Output a\(Character(value))b", .output,
                                      known: splits ? "Write-Output does not take remaining arguments (Write-Object.cs: ValueFromRemainingArguments = true)" : nil))
            cases.append(BadInputCase("'\(Character(value))' | ConvertTo-Json", .output))
        }
        for number in ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e308 * 10",
                       "0.0000000000000000000000001", "1d", "1.5d", "0x7FFFFFFF + 1", "[decimal]'1e30'"] {
            cases.append(BadInputCase(number, .output))
        }
        // Int32 cannot hold 2147483648 (banker's rounding of .5 goes to the even number).
        cases.append(BadInputCase("[int]2147483647.5", .error))
        return cases
    }

    /// Byte strings that are not valid UTF-8, decoded with U+FFFD for each bad sequence, and their outcomes: a
    /// U+FFFD is an ordinary character, so a line of them is a command that does not exist.
    static let invalidUTF8: [([UInt8], BadInputCase.Outcome, String?)] = [
        ([0xFF], .error, nil), ([0xC3], .error, nil), ([0xC3, 0x28], .parse, nil), ([0xE2, 0x82], .error, nil),
        ([0xF0, 0x9F, 0x98], .error, nil), ([0xED, 0xA0, 0x80], .error, nil), ([0xF4, 0x90, 0x80, 0x80], .error, nil),
        ([0x27, 0xFF, 0x27], .output, nil),
        ([0x24, 0xC0, 0xAF], .error,
         "`$` before a character that cannot start a variable name begins a generic token in PowerShell (tokenizer.cs ScanVariable), a command name; vtash refuses it with InvalidVariableReference"),
        ([0x22, 0x80, 0x80, 0x22], .output, nil),
        // NULs inside the input are characters (tokenizer.cs NextToken): a command name, or a token after an expression.
        ([0x00, 0x00, 0x00], .error, nil), ([0x31, 0x00, 0x2B, 0x31], .parse, nil),
    ]

    static var invalidUTF8Cases: [BadInputCase] {
        invalidUTF8.map { BadInputCase(String(decoding: $0.0, as: UTF8.self), $0.1, known: $0.2) }
    }

    /// Hostile uses of .NET collections, casts and operators (issue 13). Their outcome classes are not written down
    /// case by case yet: the test checks that each ends in a well-shaped error or a result and that the session goes on.
    static let dotNetHostile: [String] = [
        "[char]-1", "[char]65536", "[byte[]]$null", "[char[]]$null", "$l = [System.Collections.ArrayList]@(1); $l.GetRange(-1, 5)",
        "[System.Collections.ArrayList]::new(-1)", "[System.Collections.Generic.List[int]]::new('x')", "$l = [System.Collections.Generic.List[int]]::new(); $l[5] = 1",
        "$l = [System.Collections.Generic.List[int]]::new(); $l.RemoveAt(-1); $l.Insert(99999999999, 1)", "[System.Collections.Queue]::new().Dequeue()",
        "[System.Collections.Stack]::new().Pop()", "$s = [System.Collections.Generic.HashSet[string]]::new(); $s.UnionWith($null)",
        "$sb = [System.Text.StringBuilder]::new(); $sb.Length = -5", "$sb = [System.Text.StringBuilder]::new(); $sb.Append('x', 999999999)",
        "[System.Text.StringBuilder]::new().Remove(1, 99)", "[System.Text.StringBuilder]::new().Replace('', 'x')", "[string]::new('x', -1)",
        "[regex]::new('(')", "[regex]'('", "'aaa' -replace '(a)', '$99999999999999999999999'", "'a' -split 'a', [int]::MinValue",
        "'a' -split 'a', 0, 'Nope'", "'a' -split 'a', 0, 'SimpleMatch,Multiline'", "'a' -split { throw 'p' }", "'x' -replace 'x', 'a', 'b'",
        "'{0:' + ('0' * 100000) + '}' -f 1", "'{0:.' + ('0' * 100000) + '}' -f 1", "'abc'.Split([string[]]@('b'), -1)",
        "$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add($null, 1); $d['a'] = 'x'", "[System.Collections.Generic.List[NoSuch]]::new()",
        "[System.Collections.Generic.Dictionary[string]]::new()", "$o = [ordered]@{}; $o.Insert(5, 'a', 1); $o.RemoveAt(9); $o[7] = 1",
        "[scriptblock]::Create('1 +')", "[scriptblock]::Create($null)", "{ 1 }.GetNewClosure().GetNewClosure()", "$e = $Error; $e.RemoveAt(99)",
        "[ref]$null", "$r = [ref]5; $r.Value = 6; $r.Value", "[enum]::GetNames([int])", "[char]::IsDigit('ab')", "[object]::ReferenceEquals()",
        "throw [System.ArgumentException]::new('a', 'b', 'c')", "try { throw } catch { throw }", "1 + ; 2 * ; 3 - ; 4 / ; ) ) ) }",
        "[System.Text.Encoding]::GetEncoding('nope')", "[System.Text.Encoding]::UTF8.GetString('x')", "$x = @{}; $x.psbase.Keys.Clear()",
    ]
}

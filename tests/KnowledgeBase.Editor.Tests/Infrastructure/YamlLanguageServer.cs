using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>
/// One yaml-language-server process for a test class, set up as VS Code sets it up from the committed
/// <c>.vscode/settings.json</c>: the server asks for its settings with <c>workspace/configuration</c> (settings pushed
/// with didChangeConfiguration alone it ignores), and gets that file's <c>yaml.*</c> settings. Every wait has a
/// timeout whose message says what did not arrive; the process is killed on dispose.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes the connection.")]
public sealed class YamlLanguageServer : IAsyncLifetime
{
    /// <summary>Generous: a cold node start on a busy two-core machine. A wait that runs out fails with its reason.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonArray>> diagnostics = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource configured = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder log = new();
    private Process? process;
    private JsonRpcConnection? connection;
    private int probes;

    private JsonRpcConnection Connection => connection ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        if (ServerAvailability.MissingReason is { } reason)
        {
            // Only reached under CI=true: elsewhere the tests skip with this reason instead (EditorFact).
            throw new InvalidOperationException($"CI=true, so the editor tests must run, and they cannot: {reason}.");
        }

        var start = new ProcessStartInfo(ServerAvailability.Node!)
        {
            ArgumentList = { Repo.ServerScript, "--stdio" },
            WorkingDirectory = Repo.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.ErrorDataReceived += (_, line) => Log("stderr: " + line.Data);
        process.BeginErrorReadLine();
        connection = new JsonRpcConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, Answer, Receive);
        try
        {
            await Connection.RequestAsync("initialize", InitializeParameters(), Timeout).ConfigureAwait(false);
            await Connection.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
            await Wait(configured.Task, "a workspace/configuration request for the 'yaml' settings").ConfigureAwait(false);
            await WaitUntilSchemasApplyAsync().ConfigureAwait(false);
        }
        catch
        {
            // xunit does not dispose a fixture whose set-up failed, so the process must not outlive it.
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens a document (unsaved text at <paramref name="relativePath"/>) and returns the diagnostics the server publishes for it.</summary>
    /// <remarks>Use each path once per server: the server publishes an empty list when a document closes, which a reused path could mistake for a result.</remarks>
    public async Task<JsonArray> OpenAsync(string relativePath, string text)
    {
        var uri = Repo.Uri(relativePath);
        var published = new TaskCompletionSource<JsonArray>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!diagnostics.TryAdd(uri, published))
        {
            throw new InvalidOperationException($"{relativePath} was opened before; use a new path per document.");
        }

        await Connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        }).ConfigureAwait(false);
        return await Wait(published.Task, $"diagnostics for {relativePath}").ConfigureAwait(false);
    }

    public Task CloseAsync(string relativePath) =>
        Connection.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Repo.Uri(relativePath) } });

    /// <summary>The completion items at a 0-based line and character of an open document.</summary>
    public async Task<JsonArray> CompleteAsync(string relativePath, int line, int character)
    {
        var result = await Connection.RequestAsync("textDocument/completion", Position(relativePath, line, character), Timeout).ConfigureAwait(false);
        return (result as JsonArray ?? result?["items"] as JsonArray) ?? [];
    }

    /// <summary>The hover text at a 0-based line and character of an open document; empty when there is none.</summary>
    public async Task<string> HoverAsync(string relativePath, int line, int character)
    {
        var result = await Connection.RequestAsync("textDocument/hover", Position(relativePath, line, character), Timeout).ConfigureAwait(false);
        var contents = result?["contents"];
        return contents switch
        {
            null => string.Empty,
            JsonArray parts => string.Join("\n", parts.Select(part => part is JsonValue ? (string?)part : (string?)part?["value"])),
            JsonValue value => (string?)value ?? string.Empty,
            _ => (string?)contents["value"] ?? string.Empty,
        };
    }

    /// <summary>What the server wrote to stderr and its log, for failure messages.</summary>
    public string Log()
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    public async Task DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                await Connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                await Connection.NotifyAsync("exit", null).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Killed below either way.
        }
        finally
        {
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            connection?.Dispose();
            process.Dispose();
        }
    }

    /// <summary>
    /// Settings reach the server asynchronously after its configuration request is answered, so open one-error probes
    /// (a fresh path each, in the events folder) until one is flagged: from then on the schema mapping is in force.
    /// </summary>
    private async Task WaitUntilSchemasApplyAsync()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var path = $"content/events/zz-editor-test-probe-{Interlocked.Increment(ref probes)}.yaml";
            var found = await OpenAsync(path, "notAKey: 1\n").ConfigureAwait(false);
            await CloseAsync(path).ConfigureAwait(false);
            if (found.Count > 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The schemas from .vscode/settings.json never applied: a probe with an unknown key kept getting no diagnostic for {Timeout.TotalSeconds:0} s.\n{Log()}");
            }

            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    private async Task<T> Wait<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"yaml-language-server sent no {what} within {Timeout.TotalSeconds:0} s ({Connection.Closed ?? "still running"}).\n{Log()}");
        }
    }

    private async Task Wait(Task task, string what) => await Wait(task.ContinueWith(_ => true, TaskScheduler.Default), what).ConfigureAwait(false);

    private JsonArray? Answer(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            // client/registerCapability, window/workDoneProgress/create and the like: acknowledged.
            return null;
        }

        var answers = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? [])
        {
            var section = (string?)item?["section"];
            answers.Add(section == "yaml" ? Settings.Yaml() : null);
        }

        if (answers.Count > 0 && parameters!["items"]!.AsArray().Any(item => (string?)item?["section"] == "yaml"))
        {
            configured.TrySetResult();
        }

        return answers;
    }

    private void Receive(string method, JsonNode? parameters)
    {
        if (method == "textDocument/publishDiagnostics" && (string?)parameters?["uri"] is { } uri && diagnostics.TryGetValue(uri, out var waiting))
        {
            waiting.TrySetResult(parameters!["diagnostics"]?.AsArray() ?? []);
        }
        else if (method is "window/logMessage" or "window/showMessage")
        {
            Log($"{method}: {(string?)parameters?["message"]}");
        }
    }

    private void Log(string? line)
    {
        lock (log)
        {
            // Enough to explain a failure without keeping a chatty server's whole output.
            if (log.Length < 20_000)
            {
                log.AppendLine(line);
            }
        }
    }

    private static JsonObject Position(string relativePath, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Repo.Uri(relativePath) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private static JsonObject InitializeParameters() => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = Repo.Uri(string.Empty),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = Repo.Uri(string.Empty), ["name"] = "KnowledgeBase" }),
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
            ["textDocument"] = new JsonObject
            {
                ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["documentationFormat"] = new JsonArray("plaintext") } },
                ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("plaintext") },
                ["publishDiagnostics"] = new JsonObject(),
            },
        },
    };
}

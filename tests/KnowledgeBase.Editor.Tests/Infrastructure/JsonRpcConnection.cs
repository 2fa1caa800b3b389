using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace KnowledgeBase.Editor.Tests.Infrastructure;

/// <summary>
/// JSON-RPC 2.0 as LSP frames it on a byte stream (<c>Content-Length</c> headers, UTF-8 bodies): our requests and
/// notifications out, the server's responses, notifications and requests in. A server request is answered with
/// whatever the request handler returns.
/// </summary>
internal sealed class JsonRpcConnection : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    private readonly Stream incoming;
    private readonly Stream outgoing;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly Func<string, JsonNode?, JsonNode?> onRequest;
    private readonly Action<string, JsonNode?> onNotification;
    private readonly Task readLoop;
    private int lastId;

    public JsonRpcConnection(Stream incoming, Stream outgoing, Func<string, JsonNode?, JsonNode?> onRequest, Action<string, JsonNode?> onNotification)
    {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.onRequest = onRequest;
        this.onNotification = onNotification;
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Why reading stopped (the server exited or sent something unreadable), once it has.</summary>
    public string? Closed { get; private set; }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref lastId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        await WriteAsync(Message(method, parameters, id)).ConfigureAwait(false);
        try
        {
            return await response.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The server did not answer '{method}' within {timeout.TotalSeconds:0} s{(Closed is null ? string.Empty : "; " + Closed)}.");
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters) => WriteAsync(Message(method, parameters, id: null));

    /// <summary>Call once the server's output is closed (its process ended): waits for the reader, then fails what is still waiting.</summary>
    public void Dispose()
    {
        readLoop.Wait(TimeSpan.FromSeconds(10));
        writeLock.Dispose();
        foreach (var waiting in pending.Values)
        {
            waiting.TrySetCanceled();
        }
    }

    /// <summary>A request (with an id) or notification; no params member at all when there are none, as for <c>shutdown</c> and <c>exit</c>.</summary>
    private static JsonObject Message(string method, JsonNode? parameters, int? id)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is { } number)
        {
            message["id"] = number;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return message;
    }

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await outgoing.WriteAsync(header).ConfigureAwait(false);
            await outgoing.WriteAsync(body).ConfigureAwait(false);
            await outgoing.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync().ConfigureAwait(false) is { } message)
            {
                await DispatchAsync(message).ConfigureAwait(false);
            }

            Closed = "the server closed its output";
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or FormatException or System.Text.Json.JsonException)
        {
            Closed = "reading from the server failed: " + exception.Message;
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new IOException($"No answer: {Closed}."));
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null)
        {
            if (id is not null && pending.TryGetValue((int)id, out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException("The server answered with an error: " + error.ToJsonString()));
                }
                else
                {
                    response.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        var parameters = message["params"]?.DeepClone();
        if (id is null)
        {
            onNotification(method, parameters);
            return;
        }

        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = onRequest(method, parameters) }).ConfigureAwait(false);
    }

    /// <summary>One framed message, or null at the end of the stream.</summary>
    private async Task<JsonObject?> ReadMessageAsync()
    {
        var header = new MemoryStream();
        var one = new byte[1];
        while (!EndsWith(header, HeaderEnd))
        {
            if (await incoming.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }

            header.WriteByte(one[0]);
        }

        var length = -1;
        foreach (var line in Encoding.ASCII.GetString(header.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new FormatException("A message without Content-Length: " + Encoding.ASCII.GetString(header.ToArray()));
        }

        var body = new byte[length];
        await incoming.ReadExactlyAsync(body).ConfigureAwait(false);
        return JsonNode.Parse(body)?.AsObject() ?? throw new FormatException("A message that is not a JSON object.");
    }

    private static bool EndsWith(MemoryStream stream, byte[] end)
    {
        if (stream.Length < end.Length)
        {
            return false;
        }

        var buffer = stream.GetBuffer();
        var start = (int)stream.Length - end.Length;
        return buffer.AsSpan(start, end.Length).SequenceEqual(end);
    }
}

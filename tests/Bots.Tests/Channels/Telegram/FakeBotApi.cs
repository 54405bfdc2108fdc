using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conversational.Bots.Tests.Channels.Telegram;

/// <summary>
/// A fake Bot API server on a loopback port: answers <c>/bot&lt;token&gt;/&lt;method&gt;</c> for sendMessage,
/// answerCallbackQuery, setWebhook, deleteWebhook, getMe and getUpdates, records every call, and can answer the next
/// sendMessage with a 429 and retry_after (or with planned statuses), and getUpdates with 409 conflicts: while a webhook
/// is set (as Telegram does) or as if another process polled.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_0123456789";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _updates = new();
    private int _tooManyLeft;
    private int _retryAfter;
    private int _messageId = 100;
    private int _pollConflictsLeft;
    private volatile bool _webhookActive;

    private FakeBotApi(WebApplication app)
    {
        _app = app;
        app.Run(AnswerAsync);
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every call, in order: the method and its JSON body.</summary>
    public ConcurrentQueue<(string Method, JsonObject Body, DateTimeOffset At)> Calls { get; } = new();

    public static async Task<FakeBotApi> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeBotApi(builder.Build());
        await fake._app.StartAsync(cancellationToken);
        fake.BaseUrl = fake._app.Urls.First();
        return fake;
    }

    /// <summary>The next <paramref name="times"/> sendMessage calls are answered 429 with this retry_after.</summary>
    public void TooManyRequests(int times, int retryAfterSeconds)
    {
        _retryAfter = retryAfterSeconds;
        Volatile.Write(ref _tooManyLeft, times);
    }

    /// <summary>Chats whose sendMessage is answered 403 "bot was blocked by the user".</summary>
    public ConcurrentDictionary<long, bool> Blocked { get; } = new();

    /// <summary>True while a webhook is set: getUpdates is then answered 409, as Telegram does. setWebhook sets it, deleteWebhook clears it.</summary>
    public bool WebhookActive
    {
        get => _webhookActive;
        set => _webhookActive = value;
    }

    /// <summary>What the next sendMessage calls are answered, in order: 200, 429 (retry_after 1), 403, 502...</summary>
    public ConcurrentQueue<int> SendStatuses { get; } = new();

    /// <summary>The sendMessage bodies answered ok, in order.</summary>
    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    /// <summary>The next <paramref name="times"/> getUpdates calls are answered 409 "terminated by other getUpdates request".</summary>
    public void PollConflicts(int times) => Volatile.Write(ref _pollConflictsLeft, times);

    /// <summary>The texts sendMessage delivered to a chat (answered ok), in order.</summary>
    public IReadOnlyList<string> Delivered(long chat) =>
        [.. Accepted.Where(b => (long)b["chat_id"]! == chat).Select(b => (string)b["text"]!)];

    /// <summary>An update getUpdates hands out once.</summary>
    public void QueueUpdate(string json) => _updates.Enqueue(json);

    public IReadOnlyList<JsonObject> Sent(long chat) =>
        [.. Calls.Where(c => c.Method == "sendMessage" && (long)c.Body["chat_id"]! == chat).Select(c => c.Body)];

    public IReadOnlyList<JsonObject> Called(string method) => [.. Calls.Where(c => c.Method == method).Select(c => c.Body)];

    /// <summary>Waits until <paramref name="done"/> holds (the outbox sends in the background).</summary>
    public static async Task WaitUntilAsync(Func<bool> done, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the fake Bot API");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var prefix = "/bot" + Token + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            http.Response.StatusCode = 404;
            return;
        }
        var method = path[prefix.Length..];
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        var body = text.Length == 0 ? [] : JsonNode.Parse(text)?.AsObject() ?? [];
        Calls.Enqueue((method, body, DateTimeOffset.UtcNow));
        JsonNode result;
        switch (method)
        {
            case "sendMessage" when Blocked.ContainsKey((long)body["chat_id"]!):
                http.Response.StatusCode = 403;
                await http.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["ok"] = false, ["error_code"] = 403, ["description"] = "Forbidden: bot was blocked by the user",
                });
                return;
            case "sendMessage" when SendStatuses.TryDequeue(out var planned) && planned != 200:
                http.Response.StatusCode = planned;
                await http.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["ok"] = false, ["error_code"] = planned, ["description"] = "Planned failure " + planned,
                    ["parameters"] = planned == 429 ? new JsonObject { ["retry_after"] = 1 } : null,
                });
                return;
            case "getUpdates" when _webhookActive || Interlocked.Decrement(ref _pollConflictsLeft) >= 0:
                http.Response.StatusCode = 409;
                await http.Response.WriteAsJsonAsync(new JsonObject
                {
                    ["ok"] = false, ["error_code"] = 409, ["description"] = _webhookActive
                        ? "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
                        : "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                });
                return;
            case "sendMessage":
                if (Interlocked.Decrement(ref _tooManyLeft) >= 0)
                {
                    http.Response.StatusCode = 429;
                    await http.Response.WriteAsJsonAsync(new JsonObject
                    {
                        ["ok"] = false, ["error_code"] = 429, ["description"] = "Too Many Requests: retry after " + _retryAfter,
                        ["parameters"] = new JsonObject { ["retry_after"] = _retryAfter },
                    });
                    return;
                }
                result = new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref _messageId), ["date"] = 1763884800,
                    ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.DeepClone(), ["type"] = "private" }, ["text"] = body["text"]!.DeepClone(),
                };
                Accepted.Enqueue(body);
                break;
            case "setWebhook":
                _webhookActive = true;
                result = true;
                break;
            case "deleteWebhook":
                _webhookActive = false;
                result = true;
                break;
            case "getMe":
                result = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Conversational", ["username"] = "ConversationalBot" };
                break;
            case "getUpdates":
                var batch = new JsonArray();
                while (_updates.TryDequeue(out var update))
                {
                    batch.Add(JsonNode.Parse(update));
                }
                if (batch.Count == 0)
                {
                    await Task.Delay(200, http.RequestAborted);
                }
                result = batch;
                break;
            default:
                result = true;
                break;
        }
        await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = true, ["result"] = result });
    }
}

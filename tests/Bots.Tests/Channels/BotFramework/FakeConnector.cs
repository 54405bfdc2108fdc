using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>An activity the fake Connector received: its path (as sent, ids escaped), Authorization header and body.</summary>
public sealed record ConnectorCall(string Path, string? Authorization, JsonObject Activity);

/// <summary>
/// The Bot Connector's outbound side on a loopback address: a token endpoint (client credentials) and
/// <c>/v3/conversations/{id}/activities[/{replyToId}]</c>, recording every call; the next sends can be answered with
/// canned statuses (429 with Retry-After, 5xx...).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string TokenPath = "/botframework.com/oauth2/v2.0/token";
    public const string AccessToken = "fake-connector-access-token";

    private readonly WebApplication _app;
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    /// <summary>The serviceUrl activities carry for this Connector (with its trailing '/').</summary>
    public string ServiceUrl => Url + "/";

    public string TokenEndpoint => Url + TokenPath;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The forms posted to the token endpoint.</summary>
    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>Answers for the next sends (status, Retry-After seconds); 200 when empty.</summary>
    public ConcurrentQueue<(int Status, int? RetryAfter)> Answers { get; } = new();

    public static async Task<FakeConnector> StartAsync(string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeConnector(app);
        app.MapPost(TokenPath, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            fake.TokenRequests.Enqueue(form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
            return Results.Text($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""", "application/json");
        });
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo?}", async (HttpContext http) =>
        {
            var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync(http.RequestAborted))!.AsObject();
            var path = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            fake.Calls.Enqueue(new ConnectorCall(path, http.Request.Headers.Authorization.FirstOrDefault(), body));
            if (fake.Answers.TryDequeue(out var answer))
            {
                if (answer.RetryAfter is { } seconds)
                {
                    http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return Results.StatusCode(answer.Status);
            }
            return Results.Json(new { id = "bot-activity-" + Interlocked.Increment(ref fake._ids) });
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return fake;
    }

    /// <summary>The messages (not typing) sent to a conversation, in order.</summary>
    public IReadOnlyList<JsonObject> Messages(string conversationId) =>
        [.. Calls.Select(c => c.Activity).Where(a => (string?)a["type"] == "message" && (string?)a["conversation"]?["id"] == conversationId)];

    /// <summary>Waits until <paramref name="done"/> holds (the outbox sends in the background).</summary>
    public static async Task WaitUntilAsync(Func<bool> done, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the fake Connector");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

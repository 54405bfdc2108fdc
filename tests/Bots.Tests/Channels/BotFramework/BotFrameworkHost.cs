using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conversational.Bots.Channels.BotFramework;
using Conversational.Bots.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// The real host (Development, demo data) on a loopback port with the Bot Framework channel on: its OpenID metadata
/// pointed at a <see cref="ConnectorKeys"/>, its token endpoint and trusted serviceUrl at a <see cref="FakeConnector"/> on
/// 127.0.0.1, and an untrusted <see cref="FakeConnector"/> on 127.0.0.2 that must never be called.
/// </summary>
public sealed class BotFrameworkHost : IAsyncDisposable
{
    public const string AppPassword = "test-app-password-0123456789";

    private readonly bool _ownsFakes;

    private BotFrameworkHost(
        ConnectorKeys keys, FakeConnector connector, FakeConnector untrusted, WebApplicationFactory<Program> factory, HostLogs logs, bool ownsFakes)
    {
        _ownsFakes = ownsFakes;
        Keys = keys;
        Connector = connector;
        Untrusted = untrusted;
        Factory = factory;
        Logs = logs;
        Client = factory.CreateClient();
    }

    public ConnectorKeys Keys { get; }

    public FakeConnector Connector { get; }

    public FakeConnector Untrusted { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HostLogs Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>Starts it all; <paramref name="anonymous"/> leaves the AppId out (the Emulator's mode).</summary>
    public static async Task<BotFrameworkHost> StartAsync(bool anonymous = false, params (string Key, string Value)[] settings) =>
        Start(await ConnectorKeys.StartAsync(), await FakeConnector.StartAsync(), await FakeConnector.StartAsync("127.0.0.2"), true, anonymous, settings);

    /// <summary>Starts it all with some of the host's services replaced.</summary>
    public static async Task<BotFrameworkHost> StartAsync(Action<IServiceCollection> services) =>
        Start(await ConnectorKeys.StartAsync(), await FakeConnector.StartAsync(), await FakeConnector.StartAsync("127.0.0.2"), true, false, [], services);

    /// <summary>Another instance of the service over the same fakes (they are not disposed with it).</summary>
    public static BotFrameworkHost StartBeside(BotFrameworkHost other, params (string Key, string Value)[] settings)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start(other.Keys, other.Connector, other.Untrusted, false, false, settings);
    }

    private static BotFrameworkHost Start(
        ConnectorKeys keys, FakeConnector connector, FakeConnector untrusted, bool ownsFakes, bool anonymous, (string Key, string Value)[] settings,
        Action<IServiceCollection>? services = null)
    {
        var logs = new HostLogs();
        var factory = ServiceFactory.Create(web =>
        {
            web.ConfigureLogging(logging => logging.AddProvider(logs));
            web.UseSetting("urls", "http://127.0.0.1:0");
            if (anonymous)
            {
                web.UseSetting("BotFramework:Enabled", "true");
            }
            else
            {
                web.UseSetting("BotFramework:AppId", ConnectorKeys.AppId);
                web.UseSetting("BotFramework:AppPassword", AppPassword);
            }
            web.UseSetting("BotFramework:OpenIdMetadataUrl", keys.MetadataUrl);
            web.UseSetting("BotFramework:TokenEndpoint", connector.TokenEndpoint);
            web.UseSetting("BotFramework:TrustedServiceHosts:0", "127.0.0.1");
            web.UseSetting("BotFramework:TrustedServiceHosts:1", "*.botframework.com");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
            if (services is not null)
            {
                web.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        return new BotFrameworkHost(keys, connector, untrusted, factory, logs, ownsFakes);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>POSTs an activity to /api/messages with this Authorization header (none when null).</summary>
    public async Task<HttpStatusCode> PostAsync(string json, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BotFrameworkWebhook.Path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>POSTs an activity with a valid Connector token for its serviceUrl.</summary>
    public Task<HttpStatusCode> SendAsync(JsonObject activity) =>
        PostAsync(activity.ToJsonString(), "Bearer " + Keys.Token((string)activity["serviceUrl"]!));

    public async Task<long> BalanceAsync(string handle)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/admin/accounts/{handle}", UriKind.Relative));
        request.Headers.Add("X-Api-Key", ServiceFactory.ApiKey);
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return json.GetProperty("balances")[0].GetProperty("minor").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (_ownsFakes)
        {
            await Untrusted.DisposeAsync();
            await Connector.DisposeAsync();
            await Keys.DisposeAsync();
        }
    }
}

/// <summary>Keeps the host's log lines (level and text), to check what they show and what they never show.</summary>
public sealed class HostLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(HostLogs sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Lines.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}

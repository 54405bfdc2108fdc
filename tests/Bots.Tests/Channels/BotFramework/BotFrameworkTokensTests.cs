using Conversational.Bots.Channels.BotFramework;
using Conversational.Bots.Tests.Stores;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>The outbound token against a fake token endpoint: kept until 5 minutes before it expires, asked again after.</summary>
public sealed class BotFrameworkTokensTests
{
    [Fact]
    public async Task The_token_is_cached_until_five_minutes_before_it_expires()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync();
        var clock = new ManualTimeProvider();
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = ConnectorKeys.AppId, AppPassword = BotFrameworkHost.AppPassword, TokenEndpoint = connector.TokenEndpoint,
        });
        using var clients = new Clients();
        using var tokens = new BotFrameworkTokens(clients, options, clock);

        Assert.Equal(FakeConnector.AccessToken, await tokens.GetAsync(ct));
        clock.Advance(TimeSpan.FromMinutes(54));   // expires_in is 3600 s
        Assert.Equal(FakeConnector.AccessToken, await tokens.GetAsync(ct));
        Assert.Single(connector.TokenRequests);

        clock.Advance(TimeSpan.FromMinutes(2));
        await tokens.GetAsync(ct);
        Assert.Equal(2, connector.TokenRequests.Count);

        tokens.Invalidate();
        await tokens.GetAsync(ct);
        Assert.Equal(3, connector.TokenRequests.Count);
    }

    [Fact]
    public async Task A_token_endpoint_that_refuses_gives_an_exception_without_the_secret()
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = ConnectorKeys.AppId, AppPassword = BotFrameworkHost.AppPassword, TokenEndpoint = "http://127.0.0.1:9/token",
        });
        using var clients = new Clients();
        using var tokens = new BotFrameworkTokens(clients, options, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<BotFrameworkTokenException>(() => tokens.GetAsync(TestContext.Current.CancellationToken));

        Assert.DoesNotContain(BotFrameworkHost.AppPassword, failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class Clients : IHttpClientFactory, IDisposable
    {
        private readonly HttpClient _client = new();

        public HttpClient CreateClient(string name) => _client;

        public void Dispose() => _client.Dispose();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Conversational.Bots.Channels.BotFramework;
using Conversational.Bots.Conversations;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>One host for the authentication cases: each case writes as its own user, so what one case did is its own.</summary>
public sealed class BotFrameworkAuthenticationFixture : IAsyncLifetime
{
    public BotFrameworkHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await BotFrameworkHost.StartAsync();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// The Bot Connector's JWT checked as channels.md §3.4 says, against a loopback OpenID metadata + JWKS: only a valid
/// token is accepted; every other is answered 401 and nothing is processed (no person, no reply, no token asked for).
/// </summary>
public sealed class BotFrameworkAuthenticationTests(BotFrameworkAuthenticationFixture fixture) : IClassFixture<BotFrameworkAuthenticationFixture>
{
    private BotFrameworkHost Host => fixture.Host;

    public static TheoryData<string> Refusals() =>
    [
        "wrong issuer", "wrong audience", "expired", "not yet valid beyond the skew", "HS256-signed", "unknown key id",
        "key without the channel's endorsement", "serviceurl claim mismatch", "serviceurl claim missing", "missing header",
        "lowercase scheme", "not a JWT", "garbled JWT", "unsigned JWT", "empty bearer",
    ];

    [Fact]
    public async Task A_valid_token_is_accepted_and_answered_through_the_connector()
    {
        var user = "29:valid-token-user";
        var activity = Activity(user, "#balance");

        Assert.Equal(HttpStatusCode.OK, await Host.PostAsync(activity.ToJsonString(), "Bearer " + Host.Keys.Token(Host.Connector.ServiceUrl)));

        await FakeConnector.WaitUntilAsync(() => Host.Connector.Messages(Conversation(user)).Count == 1);
        var call = Host.Connector.Calls.Single(c => (string?)c.Activity["conversation"]?["id"] == Conversation(user) && (string?)c.Activity["type"] == "message");
        Assert.Equal("Bearer " + FakeConnector.AccessToken, call.Authorization);
        Assert.NotNull(await PersonAsync(user));
    }

    [Fact]
    public async Task A_token_expired_less_than_five_minutes_ago_is_accepted_within_the_clock_skew()
    {
        var user = "29:skew-user";
        var token = Host.Keys.Token(Host.Connector.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-4));

        Assert.Equal(HttpStatusCode.OK, await Host.PostAsync(Activity(user, "#balance").ToJsonString(), "Bearer " + token));
        Assert.NotNull(await PersonAsync(user));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_or_missing_token_is_refused_with_401_and_nothing_is_processed(string refusal)
    {
        var user = "29:refused-" + refusal.Replace(' ', '-').Replace('\'', '-');
        var serviceUrl = Host.Connector.ServiceUrl;
        var keys = Host.Keys;
        var activity = Activity(user, "#send 5EUR @bob");
        string? authorization = refusal switch
        {
            "wrong issuer" => "Bearer " + keys.Token(serviceUrl, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "wrong audience" => "Bearer " + keys.Token(serviceUrl, audience: "99999999-2222-3333-4444-555555555555"),
            "expired" => "Bearer " + keys.Token(serviceUrl, expiresIn: TimeSpan.FromMinutes(-6)),
            "not yet valid beyond the skew" => "Bearer " + keys.Token(serviceUrl, notBeforeIn: TimeSpan.FromMinutes(6)),
            "HS256-signed" => "Bearer " + ConnectorKeys.HmacToken(serviceUrl),
            "unknown key id" => "Bearer " + keys.Token(serviceUrl, kid: ConnectorKeys.StrangerKid),
            "key without the channel's endorsement" => "Bearer " + keys.Token(serviceUrl, kid: ConnectorKeys.WebChatKid),
            "serviceurl claim mismatch" => "Bearer " + keys.Token("https://smba.trafficmanager.net/emea/"),
            "serviceurl claim missing" => "Bearer " + keys.Token(serviceUrl, withServiceUrl: false),
            "missing header" => null,
            "lowercase scheme" => "bearer " + keys.Token(serviceUrl),
            "not a JWT" => "Bearer not-a-jwt",
            "garbled JWT" => "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Im1haW4ta2V5In0.!!!not-base64!!!.x",
            "unsigned JWT" => "Bearer " + Unsigned(keys.Token(serviceUrl)),
            "empty bearer" => "Bearer ",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, await Host.PostAsync(activity.ToJsonString(), authorization));

        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Null(await PersonAsync(user));
        Assert.Empty(Host.Connector.Messages(Conversation(user)));
        Assert.Null(await Host.Get<IBotFrameworkState>().FindReferenceAsync(BotFrameworkOptions.ChannelOf("msteams") + ":" + user, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Refusals_never_log_the_token()
    {
        var token = Host.Keys.Token(Host.Connector.ServiceUrl, audience: "99999999-2222-3333-4444-555555555555");
        Assert.Equal(HttpStatusCode.Unauthorized, await Host.PostAsync(Activity("29:log-user", "#balance").ToJsonString(), "Bearer " + token));

        Assert.Contains(Host.Logs.Lines, l => l.Text.Contains("refused (401)", StringComparison.Ordinal));
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Text.Contains(token.Split('.')[2], StringComparison.Ordinal));
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Text.Contains(BotFrameworkHost.AppPassword, StringComparison.Ordinal));
    }

    /// <summary>The token's claims under an "alg": "none" header, without a signature.</summary>
    private static string Unsigned(string token) =>
        Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT","kid":"main-key"}""") + "." + token.Split('.')[1] + ".";

    private JsonObject Activity(string user, string text) =>
        ActivityFixtures.Message(Host.Connector.ServiceUrl, "act-" + Guid.NewGuid().ToString("N"), text, a =>
        {
            a["from"]!["id"] = user;
            a["conversation"]!["id"] = Conversation(user);
        });

    private static string Conversation(string user) => "a:conversation-of-" + user;

    private Task<Party?> PersonAsync(string user) =>
        Host.Get<IPartyDirectory>().FindByIdentityAsync(new ChannelIdentity(BotFrameworkOptions.ChannelOf("msteams"), user), TestContext.Current.CancellationToken);
}

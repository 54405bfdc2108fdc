using System.Net;
using System.Text.Json.Nodes;
using Conversational.Bots.Channels;
using Conversational.Bots.Channels.BotFramework;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Conversational.Bots.Tests.Conversations;
using Conversational.Wallet;
using Microsoft.Extensions.DependencyInjection;

namespace Conversational.Bots.Tests.Channels.BotFramework;

/// <summary>
/// Conversations over the Bot Framework channel: the real host, activities POSTed with valid Connector tokens, the
/// replies recorded by a fake Connector on loopback.
/// </summary>
public sealed class BotFrameworkChannelTests : IAsyncLifetime
{
    private BotFrameworkHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ServiceUrl => _host.Connector.ServiceUrl;

    public async ValueTask InitializeAsync()
    {
        _host = await BotFrameworkHost.StartAsync();
        // The Teams user of the fixture is the demo's @alice (100 EUR, verified), as if she had linked her accounts.
        await _host.Get<IPartyDirectory>().BindIdentityAsync(
            new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser), AccountId.Person("alice"), Ct);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_send_is_confirmed_with_a_hero_card_button_in_teams_and_moves_the_money()
    {
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "1001", "#envoyer 20€ @bob")));

        await FakeConnector.WaitUntilAsync(() => Teams().Count == 1);
        var question = Teams()[0];
        Assert.Contains("20,00", (string)question["text"]!, StringComparison.Ordinal);
        Assert.Equal("plain", (string?)question["textFormat"]);
        Assert.Equal("1001", (string?)question["replyToId"]);
        Assert.Equal(ActivityFixtures.TeamsUser, (string?)question["recipient"]!["id"]);
        Assert.Equal(ActivityFixtures.TeamsBot, (string?)question["from"]!["id"]);
        Assert.Equal("fr-FR", (string?)question["locale"]);
        Assert.Null(question["suggestedActions"]);
        var card = question["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.hero", (string?)card["contentType"]);
        var buttons = card["content"]!["buttons"]!.AsArray();
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b => Assert.Equal("messageBack", (string?)b!["type"]));
        var confirm = buttons[0]!;
        Assert.StartsWith("confirm:", (string)confirm["value"]!["choice"]!, StringComparison.Ordinal);
        Assert.Equal(100_00, await _host.BalanceAsync("alice"));

        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Press(ServiceUrl, "1002", confirm)));

        await FakeConnector.WaitUntilAsync(() => Teams().Count == 2);
        Assert.Contains("20,00", (string)Teams()[1]["text"]!, StringComparison.Ordinal);
        Assert.Equal("1002", (string?)Teams()[1]["replyToId"]);
        Assert.Equal(80_00, await _host.BalanceAsync("alice"));
        Assert.Equal(120_00, await _host.BalanceAsync("bob"));

        // Replies go to {serviceUrl}v3/conversations/{id}/activities/{replyToId}, ids escaped, with the client-credentials token.
        var call = _host.Connector.Calls.First();
        Assert.Equal("/v3/conversations/a%3A1XyZ-conversation-id/activities/1001", call.Path);
        Assert.Equal("Bearer " + FakeConnector.AccessToken, call.Authorization);
        var tokenRequest = Assert.Single(_host.Connector.TokenRequests);   // cached for the second reply
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(ConnectorKeys.AppId, tokenRequest["client_id"]);
        Assert.Equal(BotFrameworkHost.AppPassword, tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Text.Contains(BotFrameworkHost.AppPassword, StringComparison.Ordinal)
            || l.Text.Contains(FakeConnector.AccessToken, StringComparison.Ordinal));
        Assert.Equal(1, _host.Keys.MetadataReads);   // the metadata and keys are cached
    }

    [Fact]
    public async Task An_activity_delivered_three_times_moves_money_once_and_is_answered_once()
    {
        // bob becomes a known recipient, so the next small send needs no confirmation.
        await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "2001", "#send 1EUR @bob"));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 1);
        await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "2002", "oui"));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 2);
        Assert.Equal(99_00, await _host.BalanceAsync("alice"));

        var send = ActivityFixtures.Message(ServiceUrl, "2003", "#send 5EUR @bob");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.SendAsync(send)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(94_00, await _host.BalanceAsync("alice"));
        Assert.Equal(106_00, await _host.BalanceAsync("bob"));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 3);
        await Task.Delay(500, Ct);
        Assert.Equal(3, Teams().Count);
    }

    [Fact]
    public async Task Web_chat_gets_the_choices_as_suggested_actions_and_the_locale_picks_the_language()
    {
        // The Web Chat user is the demo's @bob; alice is new to him, so the send asks for a confirmation.
        var user = new ChannelIdentity("botframework-webchat", "dl_user_123");
        await _host.Get<IPartyDirectory>().BindIdentityAsync(user, AccountId.Person("bob"), Ct);
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(WebChat("Dl0Ag3ConvId-eu|0000001", "#send 30EUR @alice")));

        await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages("Dl0Ag3ConvId-eu").Count == 1);
        var question = _host.Connector.Messages("Dl0Ag3ConvId-eu")[0];
        Assert.Null(question["attachments"]);
        Assert.Equal("en-US", (string?)question["locale"]);
        Assert.Contains("€30.00", (string)question["text"]!, StringComparison.Ordinal);
        var suggested = question["suggestedActions"]!;
        Assert.Equal("dl_user_123", (string?)suggested["to"]![0]);
        var actions = suggested["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal("messageBack", (string?)a!["type"]));
        Assert.All(actions, a => Assert.Equal((string?)a!["title"], (string?)a!["displayText"]));
        // Direct Line activity ids hold '|': escaped in the reply's path.
        var call = _host.Connector.Calls.First(c => (string?)c.Activity["conversation"]?["id"] == "Dl0Ag3ConvId-eu");
        Assert.Equal("/v3/conversations/Dl0Ag3ConvId-eu/activities/Dl0Ag3ConvId-eu%7C0000001", call.Path);

        var press = WebChat("Dl0Ag3ConvId-eu|0000002", (string?)actions[0]!["text"]);
        press["value"] = actions[0]!["value"]!.DeepClone();
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(press));

        await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages("Dl0Ag3ConvId-eu").Count == 2);
        Assert.Equal(70_00, await _host.BalanceAsync("bob"));
        Assert.Equal(130_00, await _host.BalanceAsync("alice"));
    }

    [Fact]
    public async Task Adding_the_bot_is_answered_with_a_welcome_and_the_help_once()
    {
        var update = JsonNode.Parse(ActivityFixtures.ConversationUpdateJson)!.AsObject();
        update["serviceUrl"] = ServiceUrl;

        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(update));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(update));   // redelivered: no second welcome

        await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages("Dl0Ag3ConvId-eu").Count == 1);
        var welcome = _host.Connector.Messages("Dl0Ag3ConvId-eu")[0];
        Assert.Contains("#send", (string)welcome["text"]!, StringComparison.Ordinal);
        Assert.Equal("dl_user_123", (string?)welcome["recipient"]!["id"]);
        Assert.Equal("conversational-bot@abc", (string?)welcome["from"]!["id"]);
        Assert.Equal("1c2d3e4f-aaaa-bbbb-cccc-0123456789ab", (string?)welcome["replyToId"]);

        // Someone else joining is no reason to talk.
        update["id"] = "another-update";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "dl_user_456" });
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(update));
        await Task.Delay(500, Ct);
        Assert.Single(_host.Connector.Messages("Dl0Ag3ConvId-eu"));
    }

    [Fact]
    public async Task An_untrusted_service_url_is_never_called_even_with_a_valid_token()
    {
        var evil = _host.Untrusted.ServiceUrl;
        var activity = ActivityFixtures.Message(evil, "4001", "#balance", a => a["from"]!["id"] = "29:someone-else");

        Assert.Equal(HttpStatusCode.Forbidden, await _host.SendAsync(activity));

        // And a reference to it that got into the state somehow is not followed either: the message is dropped.
        var identity = new ChannelIdentity("botframework-msteams", "29:someone-else");
        await _host.Get<IBotFrameworkState>().RememberReferenceAsync(identity.Key,
            new ConversationReference(evil, "a:evil", ActivityFixtures.TeamsBot, null, identity.SenderId, "4002", "en"), Ct);
        await _host.Get<IConversationStore>().EnqueueAsync(identity, OutboundReply.Plain("hello"), Ct);
        _host.Get<OutboxDispatcher>().Nudge();
        await FakeConnector.WaitUntilAsync(() => _host.Get<IConversationStore>().PeekAsync(identity, Ct).Result is null);

        Assert.Empty(_host.Untrusted.Calls);
        Assert.Empty(_host.Untrusted.TokenRequests);
        Assert.Null(await _host.Get<IPartyDirectory>().FindByIdentityAsync(identity, Ct));
    }

    [Fact]
    public async Task Oversized_malformed_and_other_activities_get_413_400_and_200()
    {
        var token = "Bearer " + _host.Keys.Token(ServiceUrl);
        var big = ActivityFixtures.Message(ServiceUrl, "5001", new string('a', 300_000)).ToJsonString();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await _host.PostAsync(big, token));
        Assert.Equal(HttpStatusCode.BadRequest, await _host.PostAsync("{not json", token));
        Assert.Equal(HttpStatusCode.BadRequest, await _host.PostAsync("[1,2]", token));
        Assert.Equal(HttpStatusCode.BadRequest, await _host.PostAsync(ActivityFixtures.Message(ServiceUrl, "5002", "hi", a => a.Remove("from")).ToJsonString(), token));
        Assert.Equal(HttpStatusCode.BadRequest, await _host.PostAsync(ActivityFixtures.Message(ServiceUrl, "5003", "hi", a => a.Remove("channelId")).ToJsonString(), token));

        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "5004", null, a => a["type"] = "typing")));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "5005", null, a => a["type"] = "messageReaction")));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "5006", null, a => a["type"] = "someFutureType")));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "5007", null)));   // no text, no choice

        await Task.Delay(300, Ct);
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task A_group_conversation_is_told_to_write_in_private_and_nothing_else_happens()
    {
        var activity = ActivityFixtures.Message(ServiceUrl, "6001", "<at>Conversational</at> #send 5EUR @bob", a =>
        {
            a["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true };
        });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _host.SendAsync(activity)));   // redelivered: told once

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages("19:group@thread.v2").Count == 1);
        await Task.Delay(500, Ct);
        Assert.Single(_host.Connector.Messages("19:group@thread.v2"));
        Assert.Contains("privée", (string)_host.Connector.Messages("19:group@thread.v2")[0]["text"]!, StringComparison.Ordinal);
        Assert.Equal(100_00, await _host.BalanceAsync("alice"));
        Assert.Empty(Teams());
    }

    [Fact]
    public async Task A_429_is_waited_for_then_the_message_is_delivered_and_a_401_asks_for_a_new_token()
    {
        _host.Connector.Answers.Enqueue((429, 1));
        _host.Connector.Answers.Enqueue((401, null));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "7001", "#solde")));

        await FakeConnector.WaitUntilAsync(() => Teams().Count == 3, TimeSpan.FromSeconds(20));
        var texts = Teams().Select(t => t.ToJsonString()).Distinct().ToList();
        Assert.Single(texts);   // the same message, tried three times
        Assert.Equal(2, _host.Connector.TokenRequests.Count);   // the 401 dropped the cached token
    }

    [Fact]
    public async Task A_slow_turn_shows_typing_before_the_answer()
    {
        await using var slow = await BotFrameworkHost.StartAsync(services => services.AddSingleton<IConversationStore>(sp =>
            SlowConversationLoads.Wrap(new InMemoryConversationStore(sp.GetRequiredService<TimeProvider>()), TimeSpan.FromSeconds(2))));

        Assert.Equal(HttpStatusCode.OK, await slow.SendAsync(ActivityFixtures.Message(slow.Connector.ServiceUrl, "8001", "#solde")));

        await FakeConnector.WaitUntilAsync(() => slow.Connector.Messages(ActivityFixtures.TeamsConversation).Count == 1, TimeSpan.FromSeconds(20));
        var sent = slow.Connector.Calls.Select(c => c.Activity).ToList();
        Assert.Equal(["typing", "message"], sent.Select(a => (string?)a["type"]));
        Assert.Equal("8001", (string?)sent[0]["replyToId"]);
        Assert.Equal(ActivityFixtures.TeamsUser, (string?)sent[0]["recipient"]!["id"]);
        Assert.Null(sent[0]["text"]);
    }

    [Fact]
    public async Task A_403_from_the_connector_stops_the_chat_notices_until_it_says_start()
    {
        var alice = new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser);
        await _host.Get<IPartyDirectory>().BindIdentityAsync(new ChannelIdentity("botframework-webchat", "dl_user_123"), AccountId.Person("bob"), Ct);
        _host.Connector.Answers.Enqueue((403, null));   // Teams: the user removed or blocked the bot

        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "9001", "#solde")));

        await FakeConnector.WaitUntilAsync(() => IsStoppedAsync(alice).Result);
        await FakeConnector.WaitUntilAsync(() => _host.Get<IConversationStore>().PeekAsync(alice, Ct).Result is null);   // dropped
        Assert.Single(Teams());

        // bob sends her money: the notice is not queued for the stopped chat.
        await BobSendsAliceAsync("Dl0Ag3ConvId-eu|0000101");
        Assert.Equal(105_00, await _host.BalanceAsync("alice"));
        await Task.Delay(500, Ct);
        Assert.Single(Teams());
        Assert.Null(await _host.Get<IConversationStore>().PeekAsync(alice, Ct));

        // "start" from the chat lifts it: the answer goes, and so does the next notice.
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "9002", "start")));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 2);
        Assert.False(await IsStoppedAsync(alice));
        await BobSendsAliceAsync("Dl0Ag3ConvId-eu|0000201");
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 3);
        Assert.Contains("5", (string)Teams()[2]["text"]!, StringComparison.Ordinal);
        Assert.Equal(110_00, await _host.BalanceAsync("alice"));
    }

    [Theory]
    [InlineData("installationUpdate")]
    [InlineData("conversationUpdate")]
    public async Task Removing_the_bot_in_a_personal_chat_stops_its_notices(string type)
    {
        var alice = new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser);
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(ActivityFixtures.Message(ServiceUrl, "9101", "#solde")));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 1);
        Assert.False(await IsStoppedAsync(alice));

        // The shapes of MicrosoftDocs/msteams-docs, bots/how-to/conversations/subscribe-to-conversation-events.md: an
        // installationUpdate with action "remove" when the app is uninstalled, a conversationUpdate whose membersRemoved
        // holds the bot (recipient) when the bot is removed.
        var removal = ActivityFixtures.Message(ServiceUrl, "f:removal-" + type, null, a =>
        {
            a["type"] = type;
            a.Remove("text");
            a.Remove("textFormat");
            if (type == "installationUpdate")
            {
                a["action"] = "remove";
            }
            else
            {
                a["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = ActivityFixtures.TeamsBot });
            }
        });
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(removal));
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(removal));   // redelivered: still just stopped

        Assert.True(await IsStoppedAsync(alice));
        await Task.Delay(300, Ct);
        Assert.Single(Teams());   // nothing is said to a chat that removed the bot

        // Added again: the welcome, and the chat hears from the bot again.
        var added = ActivityFixtures.Message(ServiceUrl, "f:added-" + type, null, a =>
        {
            a["type"] = "conversationUpdate";
            a.Remove("text");
            a.Remove("textFormat");
            a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityFixtures.TeamsBot });
        });
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(added));
        Assert.False(await IsStoppedAsync(alice));
        await FakeConnector.WaitUntilAsync(() => Teams().Count == 2);
    }

    [Fact]
    public async Task Adding_the_bot_again_lifts_the_stop_even_when_its_first_delivery_failed()
    {
        FailingSaveStore? store = null;
        await using var host = await BotFrameworkHost.StartAsync(services =>
        {
            var registered = services.Last(s => s.ServiceType == typeof(IConversationStore));
            services.Remove(registered);
            services.AddSingleton<IConversationStore>(sp => store = new FailingSaveStore(
                (IConversationStore)(registered.ImplementationFactory?.Invoke(sp) ?? registered.ImplementationInstance
                    ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        });
        var alice = new ChannelIdentity("botframework-msteams", ActivityFixtures.TeamsUser);
        await host.Get<IPartyDirectory>().BindIdentityAsync(alice, AccountId.Person("alice"), Ct);
        var url = host.Connector.ServiceUrl;
        Assert.Equal(HttpStatusCode.OK, await host.SendAsync(ActivityFixtures.Message(url, "9101", "#solde")));
        Assert.Equal(HttpStatusCode.OK, await host.SendAsync(ActivityFixtures.Message(url, "f:removal", null, a =>
        {
            a["type"] = "installationUpdate";
            a.Remove("text");
            a.Remove("textFormat");
            a["action"] = "remove";
        })));
        var added = ActivityFixtures.Message(url, "f:added", null, a =>
        {
            a["type"] = "conversationUpdate";
            a.Remove("text");
            a.Remove("textFormat");
            a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityFixtures.TeamsBot });
        });

        store!.FailSaves = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await host.SendAsync(added));
        store.FailSaves = false;
        Assert.Equal(HttpStatusCode.OK, await host.SendAsync(added));   // the Connector delivers it again

        Assert.False((await host.Get<IConversationStore>().LoadAsync(AccountId.Person("alice").Value, Ct)).Data.IsStopped(alice));
    }

    private async Task<bool> IsStoppedAsync(ChannelIdentity chat) =>
        (await _host.Get<IConversationStore>().LoadAsync(AccountId.Person("alice").Value, Ct)).Data.IsStopped(chat);

    /// <summary>bob, on Web Chat, sends alice 5 EUR (confirming when asked) and sees the transfer done.</summary>
    private async Task BobSendsAliceAsync(string id)
    {
        const string conversation = "Dl0Ag3ConvId-eu";
        var before = _host.Connector.Messages(conversation).Count;
        Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(WebChat(id, "#send 5EUR @alice")));
        await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages(conversation).Count > before);
        var answer = _host.Connector.Messages(conversation)[before];
        if (answer["suggestedActions"] is { } suggested)
        {
            var confirm = suggested["actions"]![0]!;
            var press = WebChat(id + "-confirm", (string?)confirm["text"]);
            press["value"] = confirm["value"]!.DeepClone();
            Assert.Equal(HttpStatusCode.OK, await _host.SendAsync(press));
            await FakeConnector.WaitUntilAsync(() => _host.Connector.Messages(conversation).Count > before + 1);
        }
    }

    private JsonObject WebChat(string id, string? text) => ActivityFixtures.Message(ServiceUrl, id, text, a =>
    {
        a["channelId"] = "webchat";
        a["locale"] = "en-US";
        a["from"] = new JsonObject { ["id"] = "dl_user_123", ["name"] = "Bob" };
        a["conversation"] = new JsonObject { ["id"] = "Dl0Ag3ConvId-eu" };
        a.Remove("channelData");
        a.Remove("entities");
    });

    private IReadOnlyList<JsonObject> Teams() => _host.Connector.Messages(ActivityFixtures.TeamsConversation);
}

using System.Text.Json;
using Conversational.Bots.Commerce;
using Conversational.Bots.Conversations;
using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Referral rewards, the person's own data (export and deletion) and the rules of reminders, on both stores.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class ReferralAndDataTests(RedisStoreFixture redis)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task A_referral_code_gives_both_sides_points_once_on_the_first_purchase(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        var shown = (await chat.SayAsync("alice", "#referral"))[0].Text;
        var code = shown.Split(' ')[4].TrimEnd('.');

        Assert.Equal("I don't know the referral code ZZZZ99. Please check it.", (await chat.SayAsync("bob", "#referral ZZZZ99"))[0].Text);
        Assert.Equal("That's your own referral code: share it with friends instead.", (await chat.SayAsync("alice", $"#referral {code}"))[0].Text);
        Assert.Equal("Thanks! Alice (@alice) referred you: you'll both get loyalty points with your first purchase.",
            (await chat.SayAsync("bob", $"#referral {code.ToLowerInvariant()}"))[0].Text);
        Assert.Equal("Someone has already referred you; a referral counts once.", (await chat.SayAsync("bob", $"#referral {code}"))[0].Text);

        var bought = await chat.SayAsync("bob", "GAME42");
        await chat.SayAsync("bob", "GAME42", messageId: "second-game");

        Assert.Equal("+52 loyalty points at Demo Shop (52 in all).", bought[1].Text);
        Assert.Equal(54, await chat.Services.Commerce.Orders.GetPointsAsync("demoshop", (await PersonAsync(chat, "bob")).Account, Ct));
        Assert.Equal(50, await chat.Services.Commerce.Orders.GetPointsAsync("demoshop", (await PersonAsync(chat, "alice")).Account, Ct));
        Assert.Single(await chat.OutboxAsync("alice"));
        await chat.SayAsync("alice", "GAME42");
        var bobsCode = (await chat.SayAsync("bob", "#referral"))[0].Text.Split(' ')[4].TrimEnd('.');
        Assert.Equal("Referral codes count only before your first purchase.", (await chat.SayAsync("alice", $"#referral {bobsCode}"))[0].Text);
        Assert.Equal("You have 52 points at Demo Shop.", (await chat.SayAsync("alice", "#points"))[0].Text);
        await chat.CheckInvariantsAsync();
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task My_data_exports_what_is_kept_as_json(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("alice", "buy mug");
        await chat.SayAsync("alice", "1");
        await chat.PressAsync("alice", "Home");
        await chat.SayAsync("alice", "12 rue de la Paix, 75002 Paris");
        await chat.PressAsync("alice", "Pay");

        var text = (await chat.SayAsync("alice", "my data"))[0].Text;

        Assert.StartsWith("Here is everything we keep about you:\n", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        var root = json.RootElement;
        Assert.Equal("alice", root.GetProperty("handle").GetString());
        Assert.Equal(["web:alice"], root.GetProperty("identities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("12 rue de la Paix, 75002 Paris", root.GetProperty("savedAddresses")[0].GetProperty("address").GetString());
        Assert.Equal("Home: 12 rue de la Paix, 75002 Paris", root.GetProperty("orders")[0].GetProperty("delivery").GetString());
        Assert.Equal("12.00 EUR", root.GetProperty("balances")[0].GetProperty("setAside").GetString());
        Assert.Equal(2, root.GetProperty("movements").GetArrayLength());
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task My_data_never_shows_another_persons_phone_number_or_chat(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        await chat.SayAsync("alice", "#send 10EUR +33612345678");
        await chat.SayAsync("alice", "yes");
        await chat.TextAsync("+33612345678", "bonjour");
        await chat.TextAsync("+33612345678", "oui");
        await chat.TextAsync("+33612345678", "#envoyer 4 € @bob");
        await chat.TextAsync("+33612345678", "oui");

        var text = string.Join("\n", (await chat.SayAsync("bob", "my data")).Select(r => r.Text));

        Assert.DoesNotContain("612345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sms:", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        var received = json.RootElement.GetProperty("movements").EnumerateArray().First(m => m.GetProperty("amount").GetString() == "4.00 EUR");
        Assert.Equal("+33…78", received.GetProperty("counterparty").GetString());
        Assert.Matches("^m-[0-9a-f]{16}$", received.GetProperty("reference").GetString()!);
    }

    [Fact]
    public async Task A_long_export_comes_in_parts_that_fit_a_chat_message()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);
        await chat.SayAsync("alice", "#send 1EUR @bob");
        await chat.SayAsync("alice", "yes");
        for (var i = 0; i < 40; i++)
        {
            await chat.SayAsync("alice", "#send 0.10EUR @bob");
        }

        var parts = await chat.SayAsync("alice", "my data");

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, 3500));
        var json = string.Join("\n", parts.Select(p => p.Text))[(parts[0].Text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        using var document = JsonDocument.Parse(json);
        Assert.Equal(42, document.RootElement.GetProperty("movements").GetArrayLength());   // the top-up and 41 transfers
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Deleting_my_data_asks_first_needs_an_empty_balance_and_keeps_the_ledger_anonymous(StoreKind store)
    {
        var chat = await ChatHarness.StartAsync(store, redis);
        Assert.Equal("Your balance is €100.00. Please send it to someone or ask us to pay it out before deleting your data.",
            (await chat.SayAsync("alice", "delete my data"))[0].Text);

        await chat.SayAsync("dave", "hello");
        await chat.SayAsync("alice", "#send 5EUR @dave");
        await chat.SayAsync("alice", "yes");
        await chat.SayAsync("dave", "GAME42");
        await chat.SayAsync("dave", "#send 2.01EUR @alice");
        await chat.SayAsync("dave", "yes");
        await chat.SayAsync("dave", "do you sell bicycles?");
        var dave = await PersonAsync(chat, "dave");
        var asked = await chat.SayAsync("dave", "delete my data");
        Assert.Equal(["Delete my data", "Cancel"], asked[0].Choices.Select(c => c.Label));
        Assert.Equal("OK, nothing was deleted.", (await chat.SayAsync("dave", "no"))[0].Text);
        await chat.SayAsync("dave", "delete my data");

        Assert.Equal("Done: your personal data is deleted. Goodbye, and thank you.", (await chat.PressAsync("dave", "Delete my data"))[0].Text);

        Assert.Null(await chat.Services.Directory.FindByHandleAsync("dave", Ct));
        var order = (await chat.Services.Commerce.Orders.ListByBuyerAsync(dave.Account, 10, Ct)).Single();
        Assert.Equal("deleted", order.Channel.Channel);
        Assert.NotEmpty(await chat.Ledger.GetHistoryAsync(dave.Account, 0, 10, Ct));
        Assert.Empty(await chat.Services.Commerce.Desk.ListOpenAsync("demoshop", Ct));
        var again = await chat.SayAsync("dave", "hello");
        Assert.StartsWith("Hello dave!", again[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(dave.Account, (await PersonAsync(chat, "dave")).Account);
        await chat.CheckInvariantsAsync();
    }

    [Fact]
    public async Task On_whatsapp_no_reminder_goes_out_past_the_24_hour_window()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory,
            commerce: new CommerceSettings { DefaultMerchant = "demoshop", ReminderMinutes = 23 * 60, CartExpiryHours = 48 });
        await chat.TextAsync("+33612345678", "acheter mug", channel: "whatsapp");
        await chat.TextAsync("+33687654321", "acheter mug", channel: "sms");

        // 23 hours later is 09:00 in Paris: the SMS person is reminded; on WhatsApp 23 h + the wait would pass 24 h.
        chat.Time.Advance(TimeSpan.FromHours(23));
        await chat.RunCartTimersAsync();
        Assert.Single(await chat.Services.Store.DequeueAllAsync(new ChannelIdentity("sms", "+33687654321"), Ct));
        Assert.Single(await chat.Services.Store.DequeueAllAsync(new ChannelIdentity("whatsapp", "+33612345678"), Ct));

        await chat.TextAsync("+33612345678", "acheter mug", channel: "whatsapp");
        chat.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await chat.RunCartTimersAsync();
        Assert.Empty(await chat.Services.Store.DequeueAllAsync(new ChannelIdentity("whatsapp", "+33612345678"), Ct));
    }

    private static async Task<Bots.Directory.Party> PersonAsync(ChatHarness chat, string who) =>
        await chat.Services.Directory.FindByIdentityAsync(new ChannelIdentity("web", who), Ct)
        ?? throw new InvalidOperationException($"No {who}.");
}

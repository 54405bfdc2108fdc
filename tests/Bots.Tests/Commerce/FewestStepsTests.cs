using Conversational.Bots.Commerce;
using Conversational.Bots.Tests.Conversations;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>
/// Buying takes as few steps as the issue promises, counted in messages the person sends until the order exists: a
/// keyword code buys digital content in 1 (2 with a confirmation), a physical purchase with a saved address in at most 4.
/// </summary>
public sealed class FewestStepsTests
{
    [Fact]
    public async Task A_keyword_code_sent_to_the_short_code_buys_and_delivers_in_one_message()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);

        var replies = await chat.TextAsync("+33612345678", "GAME42", to: "81234");

        Assert.Contains("SQ-7F3K-92QX", replies[0].Text, StringComparison.Ordinal);
        Assert.Single(await OrdersOfAsync(chat, "+33612345678"));
        await chat.CheckInvariantsAsync();
    }

    [Fact]
    public async Task A_keyword_above_the_confirmation_threshold_takes_two_messages()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory,
            commerce: new CommerceSettings { DefaultMerchant = "demoshop", KeywordConfirmAbove = "2.00" });

        var asked = await chat.TextAsync("+33612345678", "GAME42", to: "81234");
        Assert.Empty(await OrdersOfAsync(chat, "+33612345678"));
        var bought = await chat.TextAsync("+33612345678", "oui", to: "81234");

        Assert.Equal(["Payer", "Annuler"], asked[0].Choices.Select(c => c.Label));
        Assert.Contains("SQ-7F3K-92QX", bought[0].Text, StringComparison.Ordinal);
        Assert.Single(await OrdersOfAsync(chat, "+33612345678"));
    }

    [Fact]
    public async Task A_physical_purchase_with_a_saved_address_takes_at_most_four_exchanges()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);
        await BuyMugHomeAsync(chat, "bob", "3 place Bellecour, 69002 Lyon");
        var ordersBefore = (await OrdersOfAsync(chat, "bob")).Count;

        var exchanges = 0;
        var replies = await chat.SayAsync("bob", "buy mug");
        exchanges++;
        while ((await OrdersOfAsync(chat, "bob")).Count == ordersBefore)
        {
            var choices = replies.SelectMany(r => r.Choices).Select(c => c.Label).ToList();
            replies = choices.FirstOrDefault(l => l.StartsWith("Home: ", StringComparison.Ordinal)) is { } saved ? await chat.PressAsync("bob", saved)
                : choices.Contains("Pay") ? await chat.PressAsync("bob", "Pay")
                : await chat.SayAsync("bob", "1");
            exchanges++;
            Assert.True(exchanges <= 4, $"Still no order after {exchanges} exchanges; last reply: {replies[^1].Text}");
        }

        Assert.Equal(4, exchanges);
        Assert.Contains("3 place Bellecour, 69002 Lyon", (await OrdersOfAsync(chat, "bob"))[0].Delivery!.Address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saying_the_quantity_in_the_first_message_saves_one_more_exchange()
    {
        var chat = await ChatHarness.StartAsync(StoreKind.InMemory);
        await BuyMugHomeAsync(chat, "bob", "3 place Bellecour, 69002 Lyon");

        await chat.SayAsync("bob", "buy 2 mugs");
        await chat.PressAsync("bob", "Home: 3 place Bellecour, 69002 Lyon");
        await chat.PressAsync("bob", "Pay");

        Assert.Equal(2, (await OrdersOfAsync(chat, "bob"))[0].Quantity);
    }

    private static async Task BuyMugHomeAsync(ChatHarness chat, string who, string address)
    {
        await chat.SayAsync(who, "buy mug");
        await chat.SayAsync(who, "1");
        await chat.PressAsync(who, "Home");
        await chat.SayAsync(who, address);
        await chat.PressAsync(who, "Pay");
    }

    private static async Task<IReadOnlyList<Bots.Commerce.Orders.Order>> OrdersOfAsync(ChatHarness chat, string who)
    {
        var ct = TestContext.Current.CancellationToken;
        var identity = new Bots.Conversations.ChannelIdentity(who.StartsWith('+') ? "sms" : "web", who);
        var person = await chat.Services.Directory.FindByIdentityAsync(identity, ct);
        return person is null ? [] : await chat.Services.Commerce.Orders.ListByBuyerAsync(person.Account, 10, ct);
    }
}

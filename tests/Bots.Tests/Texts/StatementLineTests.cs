using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Texts;

/// <summary>
/// Statement lines sign only what changed the balance, so adding up the signed amounts gives the balance's change; a
/// pending transfer says where it stands; a waiting request is recalled as a send, a donation or a payment.
/// </summary>
public sealed class StatementLineTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Arabic];

    private static HistoryEntry Entry(MovementKind kind, long amount, long held = 0, long phoneBill = 0, string? reference = null) =>
        new(new TransferId("t1"), kind, AccountId.Merchant("demoshop"), Eur(amount), Eur(held), Eur(0), Eur(phoneBill), reference, At);

    private static Money Eur(long minor) => new(minor, Currency.Eur);

    /// <summary>The signed amount a reader adds up: the text after the last " · ", 0 when it has no sign.</summary>
    private static long Signed(ReplyTexts texts, string line)
    {
        var amount = line[(line.LastIndexOf(" · ", StringComparison.Ordinal) + 3)..];
        var sign = amount.StartsWith('+') ? 1 : amount.StartsWith('−') ? -1 : 0;
        var digits = new string([.. amount.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c)))]);
        Assert.True(sign == 0 || amount[1..] == texts.Money(Eur(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture))),
            $"not an amount: {amount}");
        return sign * long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_purchase_held_then_captured_adds_up_to_what_left_the_balance(Language language)
    {
        var texts = ReplyTexts.For(language);
        HistoryEntry[] lines =
        [
            Entry(MovementKind.HoldAuthorize, 0, held: 299),
            Entry(MovementKind.HoldCapture, -299, held: -299, reference: "t1"),
        ];

        var total = lines.Sum(e => Signed(texts, texts.HistoryLine(e, "Demo Shop (@demoshop)", At, null)));

        Assert.Equal(-299, total);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_order_paid_then_refunded_adds_up_to_nothing_and_a_released_hold_too(Language language)
    {
        var texts = ReplyTexts.For(language);
        HistoryEntry[] refunded =
        [
            Entry(MovementKind.HoldAuthorize, 0, held: 3600),
            Entry(MovementKind.HoldCapture, -3600, held: -3600, reference: "t1"),
            Entry(MovementKind.Refund, 3600, reference: "t1"),
        ];
        HistoryEntry[] released = [Entry(MovementKind.HoldAuthorize, 0, held: 1900), Entry(MovementKind.HoldVoid, 0, held: -1900)];

        Assert.Equal(0, refunded.Sum(e => Signed(texts, texts.HistoryLine(e, "Demo Shop (@demoshop)", At, null))));
        Assert.All(released, e => Assert.Equal(0, Signed(texts, texts.HistoryLine(e, "Demo Shop (@demoshop)", At, null))));
    }

    [Fact]
    public void A_hold_says_it_is_set_aside_not_spent_and_shows_its_amount_unsigned()
    {
        var hold = Entry(MovementKind.HoldAuthorize, 0, held: 299);

        Assert.Equal("24 Nov · set aside for Demo Shop (@demoshop): held, not spent · €2.99",
            ReplyTexts.For(Language.English).HistoryLine(hold, "Demo Shop (@demoshop)", At, null));
        Assert.Equal("24 nov. · mis de côté pour Demo Shop (@demoshop)\u00A0: réservé, pas dépensé · 2,99\u00A0€",
            ReplyTexts.For(Language.French).HistoryLine(hold, "Demo Shop (@demoshop)", At, null));
        Assert.Contains("حجز وليس دفعًا · ٢٫٩٩", ReplyTexts.For(Language.Arabic).HistoryLine(hold, "Demo Shop (@demoshop)", At, null),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, null, "waiting for @kim to claim it")]
    [InlineData(Language.English, PendingState.Waiting, "waiting for @kim to claim it")]
    [InlineData(Language.English, PendingState.Claimed, "claimed by @kim")]
    [InlineData(Language.English, PendingState.Returned, "not claimed by @kim, returned")]
    [InlineData(Language.French, PendingState.Waiting, "en attente de @kim")]
    [InlineData(Language.French, PendingState.Claimed, "récupéré par @kim")]
    [InlineData(Language.French, PendingState.Returned, "non récupéré par @kim, revenu")]
    [InlineData(Language.Arabic, PendingState.Waiting, "بانتظار أن يستلمه @kim")]
    [InlineData(Language.Arabic, PendingState.Claimed, "استلمه @kim")]
    [InlineData(Language.Arabic, PendingState.Returned, "لم يستلمه @kim فعاد إليك")]
    public void A_pending_transfer_says_whether_it_was_claimed_or_returned(Language language, PendingState? state, string expected)
    {
        var texts = ReplyTexts.For(language);
        var line = texts.HistoryLine(Entry(MovementKind.PendingSend, -200, reference: "@kim"), "system:pending", At, state);

        Assert.Equal(expected, line.Split(" · ")[1]);
        Assert.Equal(-200, Signed(texts, line));
    }

    [Theory]
    [InlineData(Language.English, AccountKind.Charity, "Your request to give €10.00 to X is still waiting")]
    [InlineData(Language.English, AccountKind.Merchant, "Your request to pay €10.00 to X is still waiting")]
    [InlineData(Language.English, AccountKind.Person, "Your request to send €10.00 to X is still waiting")]
    [InlineData(Language.French, AccountKind.Charity, "Votre demande de don de 10,00\u00A0€ à X")]
    [InlineData(Language.French, AccountKind.Merchant, "Votre demande de paiement de 10,00\u00A0€ à X")]
    [InlineData(Language.French, AccountKind.Person, "Votre demande d'envoi de 10,00\u00A0€ à X")]
    [InlineData(Language.Arabic, AccountKind.Charity, "طلبك التبرع بمبلغ ١٠٫٠٠\u00A0€ لصالح X")]
    [InlineData(Language.Arabic, AccountKind.Merchant, "طلبك دفع ١٠٫٠٠\u00A0€ إلى X")]
    [InlineData(Language.Arabic, AccountKind.Person, "طلبك لإرسال ١٠٫٠٠\u00A0€ إلى X")]
    public void A_waiting_request_is_recalled_as_what_it_does(Language language, AccountKind kind, string expected) =>
        Assert.StartsWith(expected, ReplyTexts.For(language).StillWaiting(kind, "X", Eur(1000)), StringComparison.Ordinal);
}

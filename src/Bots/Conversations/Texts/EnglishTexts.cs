using System.Globalization;
using System.Text;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>The conversations in English.</summary>
public sealed class EnglishTexts : ReplyTexts
{
    public static readonly EnglishTexts Instance = new();

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    private EnglishTexts()
    {
    }

    public override Language Language => Language.English;

    public override string FormatDate(DateTimeOffset moment, DateTimeOffset now) =>
        moment.ToString(moment.Year == now.Year ? "d MMMM" : "d MMMM yyyy", Culture);

    public override string ConfirmLabel => "Confirm";

    public override string CancelLabel => "Cancel";

    public override string MoreLabel => "More";

    public override string AcceptLabel => "Accept";

    public override string NotNowLabel => "Not now";

    public override string ConfirmSend(string recipient, Money amount) =>
        $"Send {Money(amount)} to {recipient}? There is no fee.";

    public override string ConfirmDonate(string charity, Money amount) =>
        $"Give {Money(amount)} to {charity}? Donations have no fee.";

    public override string ConfirmPay(string merchant, Money amount, Money fee) =>
        $"Pay {Money(amount)} to {merchant}? You pay {Money(amount)}; the shop pays a fee of {Money(fee)} out of it.";

    public override string ConfirmPending(string recipient, Money amount, int days) =>
        $"{recipient} isn't using this service yet. Send {Money(amount)} for them to claim? "
        + $"It waits {Count(days, "day", "days")} for them, then comes back to you if they haven't claimed it.";

    public override string Sent(string recipient, Money amount, Money balance) =>
        $"Done: you sent {Money(amount)} to {recipient}. Your balance: {Money(balance)}.";

    public override string Donated(string charity, Money amount, Money balance) =>
        $"Done: you gave {Money(amount)} to {charity}. Thank you! Your balance: {Money(balance)}.";

    public override string Paid(string merchant, Money amount, Money balance) =>
        $"Done: you paid {Money(amount)} to {merchant}. Your balance: {Money(balance)}.";

    public override string PendingSent(string recipient, Money amount, string until) =>
        $"Done: {Money(amount)} is waiting for {recipient} until {until}. "
        + "If they don't claim it by then, it comes back to you.";

    public override string ReceivedNotice(string sender, Money amount) => $"{sender} sent you {Money(amount)}.";

    public override string DonationNotice(string sender, Money amount) => $"{sender} gave you {Money(amount)}.";

    public override string Checking(string recipient, Money amount) =>
        $"Your transfer of {Money(amount)} to {recipient} is being checked. "
        + "I'll tell you the result here; please don't send it again.";

    public override string SettledCompleted(string recipient, Money amount) =>
        $"Update: your transfer of {Money(amount)} to {recipient} went through.";

    public override string SettledRejected(string recipient, Money amount, string reason) =>
        $"Update: your transfer of {Money(amount)} to {recipient} did not go through, and no money moved. {reason}";

    public override string NotACharity(string recipient, string handle) =>
        $"{recipient} is not a registered charity. To send money to a person, write: #send 10EUR @{handle}";

    public override string UnknownCharity(string handle) =>
        $"I don't know a charity called @{handle}. Please check its name and try again.";

    public override string OverTransactionLimit(AccountKind recipientKind, Money limit) => recipientKind switch
    {
        AccountKind.Charity => $"The limit for one donation is {Money(limit)}. Please give a smaller amount.",
        AccountKind.Merchant => $"The limit for one payment to a shop is {Money(limit)}. Please pay a smaller amount.",
        _ => $"The limit for sending to a person is {Money(limit)} at a time. Please send a smaller amount.",
    };

    public override string NothingToConfirm => "There is nothing to confirm right now. Send HELP to see what I can do.";

    public override string NothingToCancel => "There is nothing to cancel right now.";

    public override string Cancelled => "Cancelled: no money moved.";

    public override string ConfirmationExpired(int minutes) =>
        $"That request expired after {Count(minutes, "minute", "minutes")} without an answer, so no money moved. "
        + "Send it again if you still want to.";

    public override string StillWaiting(AccountKind recipientKind, string recipient, Money amount) =>
        $"Your request to {recipientKind switch { AccountKind.Charity => "give", AccountKind.Merchant => "pay", _ => "send" }} "
        + $"{Money(amount)} to {recipient} is still waiting: confirm or cancel it.";

    public override string Replaced(AccountKind recipientKind, string recipient, Money amount) =>
        $"Your earlier request to {recipientKind switch { AccountKind.Charity => "give", AccountKind.Merchant => "pay", _ => "send" }} "
        + $"{Money(amount)} to {recipient} is dropped: nothing was sent. Here is the new one.";

    public override string AnswerOnOtherChannel => "Please answer this on the channel where you made the request.";

    public override string ClaimOffer(IReadOnlyList<(string Sender, Money Amount)> waiting)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        if (waiting.Count == 1)
        {
            return $"{waiting[0].Sender} sent you {Money(waiting[0].Amount)}. Do you accept it?";
        }
        var text = new StringBuilder($"{Count(waiting.Count, "transfer is", "transfers are")} waiting for you:");
        foreach (var (sender, amount) in waiting)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {Money(amount)} from {sender}");
        }
        return text.Append("\nDo you accept them?").ToString();
    }

    public override string Claimed(int count, Money total, Money balance) =>
        $"Done: {Money(total)} from {Count(count, "transfer", "transfers")} is now in your account. Your balance: {Money(balance)}.";

    public override string ClaimSnoozed(string until) =>
        $"All right, it keeps waiting for you until {until}. I'll ask you again tomorrow.";

    public override string ClaimedNotice(string recipient, Money amount) =>
        $"{recipient} accepted the {Money(amount)} you sent.";

    public override string ClaimWaiting(Money total) => $"{Money(total)} is waiting for you: send #claim to take it.";

    public override string NothingToClaim => "No money is waiting for you right now.";

    public override string StaleClaimChoice =>
        "That button is no longer valid. Send #claim to take the money waiting for you.";

    public override string ReturnedNotice(string recipient, Money amount) =>
        $"The {Money(amount)} you sent to {recipient} wasn't claimed in time, so it came back to your balance.";

    public override string Balance(IReadOnlyList<(Money Available, Money Held)> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (balances.Count == 0)
        {
            return $"Your balance: {Money(new Money(0, Currency.Eur))}.";
        }
        var text = new StringBuilder("Your balance: ")
            .AppendJoin(", ", balances.Select(b => Money(b.Available))).Append('.');
        foreach (var (_, held) in balances.Where(b => b.Held.Minor > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $" {Money(held)} more is set aside for purchases.");
        }
        return text.ToString();
    }

    public override string HistoryHeader(int count, bool first) =>
        first ? (count == 1 ? "Your latest movement:" : $"Your latest {Count(count, "movement", "movements")}:")
            : $"{Count(count, "older movement", "older movements")}:";

    public override string HistoryEmpty => "No movements yet. Send HELP to see how to send money.";

    public override string HistoryEnd => "That's all: there are no older movements.";

    public override string HistoryLine(HistoryEntry entry, string counterparty, DateTimeOffset now, PendingState? pending)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var reference = entry.Reference ?? counterparty;
        var onPhoneBill = entry.Amount.Minor == 0 && entry.PhoneBill.Minor != 0;
        var what = entry.Kind switch
        {
            MovementKind.PersonToPerson when entry.Amount.Minor < 0 => $"to {counterparty}",
            MovementKind.PersonToPerson => $"from {counterparty}",
            MovementKind.Donation when entry.Amount.Minor < 0 => $"donation to {counterparty}",
            MovementKind.Donation => $"donation from {counterparty}",
            MovementKind.Payment or MovementKind.HoldCapture when entry.Amount.Minor < 0 => $"paid to {counterparty}",
            MovementKind.Payment or MovementKind.HoldCapture => $"payment from {counterparty}",
            MovementKind.Funding => "top-up",
            MovementKind.PendingSend => pending switch
            {
                PendingState.Claimed => $"claimed by {reference}",
                PendingState.Returned => $"not claimed by {reference}, returned",
                _ => $"waiting for {reference} to claim it",
            },
            MovementKind.PendingClaim => $"claimed from {counterparty}",
            MovementKind.PendingReturn => $"came back: not claimed by {reference}",
            MovementKind.HoldAuthorize => $"set aside for {counterparty}: held, not spent",
            MovementKind.HoldVoid => $"released by {counterparty}: no longer held",
            MovementKind.Refund when onPhoneBill => $"refund from {counterparty}, on your phone bill",
            MovementKind.Refund => $"refund from {counterparty}",
            MovementKind.CarrierPurchase => $"{counterparty}, on your phone bill",
            MovementKind.CarrierDonation => $"donation to {counterparty}, on your phone bill",
            _ => counterparty,
        };
        return $"{entry.At.ToString(entry.At.Year == now.Year ? "d MMM" : "d MMM yyyy", Culture)} · {what} · {StatementAmount(entry)}";
    }

    public override string Spending(MonthlySpending spending, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var month = new DateTime(spending.Year, spending.Month, 1).ToString(spending.Year == now.Year ? "MMMM" : "MMMM yyyy", Culture);
        var text = $"In {month} you spent {Money(spending.FromWallet)}: {Money(spending.Sent)} sent, "
            + $"{Money(spending.Donated)} given, {Money(spending.Paid)} paid.";
        return spending.PhoneBilled.Minor > 0 ? text + $" Also {Money(spending.PhoneBilled)} on your phone bill." : text;
    }

    public override string Help(CommandKind? topic) => topic switch
    {
        CommandKind.Send => "To send money: #send 10EUR @lea (or a phone number instead of @lea). "
            + "I'll ask you to confirm when the person is new to you or the amount is large.",
        CommandKind.Donate => "To give to a charity: #donate 10EUR @restosducoeur. Donations have no fee.",
        CommandKind.Balance => "To see your balance: #balance",
        CommandKind.Claim => "To take money someone sent you that is waiting for you: #claim",
        CommandKind.History => "To see your latest movements: #history, then More for older ones. #spending sums up the month.",
        CommandKind.Spending => "To see what you spent this month: #spending",
        CommandKind.Buy => "To buy: buy and the product's name or code (buy MUG, buy 2 mugs). "
            + "I'll ask only what I need: how many, how you want it delivered, then you check the total and pay.",
        CommandKind.Link or CommandKind.Unlink or CommandKind.Handle => EnglishLinkTexts.Instance.Help,
        CommandKind.Orders => "To see your orders and where they stand: #orders (or #orders and an order number).",
        _ => "Here is what I can do:\n"
            + "• #send 10EUR @lea: send money\n"
            + "• #donate 5EUR @restosducoeur: give to a charity\n"
            + "• #balance: your balance\n"
            + "• #history: your latest movements\n"
            + "• buy MUG: buy from a shop\n"
            + "• #orders: your orders\n"
            + "• cancel: drop what you started\n"
            + "Any other question: I answer it or pass it to a person.",
    };

    public override string Welcome(string name) =>
        $"Hello {name}! I can send money, take donations to charities, buy from shops and show your statement. " + Help(null);

    public override string Stopped => "You won't get any more messages from us here. Send START whenever you want to come back.";

    public override string Restarted => "Welcome back! Send HELP to see what I can do.";

    public override string NotUnderstood => "Sorry, I didn't understand. Send HELP to see what I can do.";

    public override string StaleChoice => "That button is no longer valid. Send HELP to see what you can do now.";

    public override string Busy => "I'm still working on your previous message. Please try again in a moment.";

    public override string InternalError => "Something went wrong on our side and nothing was done. Please try again in a moment.";

    private static string Count(long n, string one, string other) =>
        n.ToString("N0", Culture) + " " + (PluralRules.English(n) == PluralCategory.One ? one : other);
}

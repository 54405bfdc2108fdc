using System.Globalization;
using System.Text;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>
/// Every sentence the conversations say, in one language. Amounts are written by <see cref="MoneyFormatter"/>,
/// counts with the language's plural rules (<see cref="PluralRules"/>), numbers and dates in the language's own
/// digits.
/// </summary>
public abstract class ReplyTexts
{
    public static ReplyTexts For(Language language) => language switch
    {
        Language.French => FrenchTexts.Instance,
        Language.Arabic => ArabicTexts.Instance,
        _ => EnglishTexts.Instance,
    };

    public static ReplyTexts For(string? tag) => For(LanguageTags.Parse(tag));

    public abstract Language Language { get; }

    /// <summary>"en", "fr", "ar": for <see cref="MoneyFormatter"/> and <see cref="RejectionMessages"/>.</summary>
    public string Tag => LanguageTags.Of(Language);

    public string Money(Money money) => MoneyFormatter.Format(money, Tag);

    /// <summary>A count in the language's digits.</summary>
    public virtual string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The digits of <paramref name="n"/> with <paramref name="separator"/> between groups of three.</summary>
    protected static string Grouped(long n, char separator)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var start = n < 0 ? 1 : 0;
        var text = new StringBuilder(digits.Length + 6).Append(digits, 0, start);
        for (var i = start; i < digits.Length; i++)
        {
            if (i > start && (digits.Length - i) % 3 == 0)
            {
                text.Append(separator);
            }
            text.Append(digits[i]);
        }
        return text.ToString();
    }

    /// <summary>"24 November" (the year only when it is not the current one).</summary>
    public abstract string FormatDate(DateTimeOffset moment, DateTimeOffset now);

    // Buttons
    public abstract string ConfirmLabel { get; }

    public abstract string CancelLabel { get; }

    public abstract string MoreLabel { get; }

    public abstract string AcceptLabel { get; }

    public abstract string NotNowLabel { get; }

    // Sending, donating, paying
    /// <summary>"Send €5.00 to Bob (@bob)?"</summary>
    public abstract string ConfirmSend(string recipient, Money amount);

    /// <summary>"Give €10.00 to Restos du Cœur (@restosducoeur)? Donations have no fee."</summary>
    public abstract string ConfirmDonate(string charity, Money amount);

    /// <summary>"Pay €20.00 to Demo Shop (@demoshop)? The shop pays a fee of €0.20 out of it; you pay €20.00."</summary>
    public abstract string ConfirmPay(string merchant, Money amount, Money fee);

    /// <summary>"@carol isn't using Conversational yet. Send €5.00 for them to claim? It waits 7 days, then comes back to you."</summary>
    public abstract string ConfirmPending(string recipient, Money amount, int days);

    /// <summary>"Done: you sent €5.00 to Bob (@bob). Your balance: €95.00."</summary>
    public abstract string Sent(string recipient, Money amount, Money balance);

    public abstract string Donated(string charity, Money amount, Money balance);

    /// <summary>"Done: you paid €20.00 to Demo Shop (@demoshop). Your balance: €80.00."</summary>
    public abstract string Paid(string merchant, Money amount, Money balance);

    /// <summary>"Done: €5.00 is waiting for @carol until 1 December. If they don't claim it by then, it comes back to you."</summary>
    public abstract string PendingSent(string recipient, Money amount, string until);

    /// <summary>A recipient is told: "Alice (@alice) sent you €5.00."</summary>
    public abstract string ReceivedNotice(string sender, Money amount);

    /// <summary>A charity or person is told of a donation: "Alice (@alice) gave you €10.00."</summary>
    public abstract string DonationNotice(string sender, Money amount);

    /// <summary>"Your transfer of €5.00 to Bob (@bob) is being checked. I'll tell you the result here; please don't send it again."</summary>
    public abstract string Checking(string recipient, Money amount);

    /// <summary>Later: "Update: your transfer of €5.00 to Bob (@bob) went through."</summary>
    public abstract string SettledCompleted(string recipient, Money amount);

    /// <summary>Later: "Update: your transfer of €5.00 to Bob (@bob) did not go through, and no money moved. {reason}"</summary>
    public abstract string SettledRejected(string recipient, Money amount, string reason);

    /// <summary>"@bob is not a registered charity. To send money to a person, write: #send 10EUR @bob"</summary>
    public abstract string NotACharity(string recipient, string handle);

    /// <summary>"I don't know the charity @x. Check its name; the charities' names are on their pages."</summary>
    public abstract string UnknownCharity(string handle);

    /// <summary>"The limit for sending to a person is €250.00. Please send a smaller amount." (per recipient kind)</summary>
    public abstract string OverTransactionLimit(AccountKind recipientKind, Money limit);

    public abstract string NothingToConfirm { get; }

    public abstract string NothingToCancel { get; }

    /// <summary>"Cancelled: nothing was sent."</summary>
    public abstract string Cancelled { get; }

    /// <summary>"That request expired after 10 minutes, so nothing was sent. Send it again if you still want to."</summary>
    public abstract string ConfirmationExpired(int minutes);

    /// <summary>After another command while a confirmation waits: "Your request to send €5.00 to Bob (@bob) is still waiting:
    /// confirm or cancel." It says what the request does by recipient kind: send to a person (or someone not yet known),
    /// donate to a charity, pay a merchant.</summary>
    public abstract string StillWaiting(AccountKind recipientKind, string recipient, Money amount);

    /// <summary>A new request replaced one that was waiting for a yes: the earlier one is dropped, nothing moved.</summary>
    public abstract string Replaced(AccountKind recipientKind, string recipient, Money amount);

    /// <summary>"Please answer on the channel where you asked for it."</summary>
    public abstract string AnswerOnOtherChannel { get; }

    // Pending transfers for the person
    /// <summary>"Alice (@alice) sent you €5.00." or "2 transfers are waiting for you: €15.00 in all." then "Accept them?"</summary>
    public abstract string ClaimOffer(IReadOnlyList<(string Sender, Money Amount)> waiting);

    /// <summary>"Done: €15.00 from 2 transfers is in your account. Your balance: €15.00."</summary>
    public abstract string Claimed(int count, Money total, Money balance);

    /// <summary>"OK, it keeps waiting for you until 1 December. I'll remind you tomorrow."</summary>
    public abstract string ClaimSnoozed(string until);

    /// <summary>The sender is told: "Carol (@carol) accepted the €5.00 you sent."</summary>
    public abstract string ClaimedNotice(string recipient, Money amount);

    /// <summary>The sender is told: "The €5.00 you sent to @carol wasn't claimed in time, so it came back to your balance."</summary>
    public abstract string ReturnedNotice(string recipient, Money amount);

    /// <summary>Under the balance: "€5.00 is waiting for you: send #claim to take it."</summary>
    public abstract string ClaimWaiting(Money total);

    /// <summary>"#claim" with nothing waiting: "No money is waiting for you right now."</summary>
    public abstract string NothingToClaim { get; }

    /// <summary>An Accept pressed after its offer ended: "That button is no longer valid. Send #claim to take the money
    /// waiting for you."</summary>
    public abstract string StaleClaimChoice { get; }

    // Statements
    /// <summary>"Your balance: €95.00." (and "€10.00 of it is set aside for purchases.")</summary>
    public abstract string Balance(IReadOnlyList<(Money Available, Money Held)> balances);

    /// <summary>"Your latest 5 movements:" (count with plural rules).</summary>
    public abstract string HistoryHeader(int count, bool first);

    public abstract string HistoryEmpty { get; }

    public abstract string HistoryEnd { get; }

    /// <summary>
    /// One statement line: "24 Nov · to Bob (@bob) · −€5.00". Only a line that changes the balance has a signed amount, so
    /// the signed amounts add up to the balance's change; a hold set aside or released and a phone-bill charge show theirs
    /// unsigned. <paramref name="pending"/> is where the pending transfer a <see cref="MovementKind.PendingSend"/> line set
    /// aside stands now (null when unknown or for other lines).
    /// </summary>
    public abstract string HistoryLine(HistoryEntry entry, string counterparty, DateTimeOffset now, PendingState? pending);

    /// <summary>
    /// The amount of a statement line: the balance's change, signed ("+€5.00", "−€5.00"); for a line that leaves the balance
    /// as it is (a hold set aside or released, a phone-bill charge or refund), the amount concerned, unsigned ("€2.99").
    /// </summary>
    protected string StatementAmount(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var amount = entry.Amount;
        if (amount.Minor == 0)
        {
            var other = entry.PhoneBill.Minor != 0 ? entry.PhoneBill : entry.Held;
            return Money(other.Minor < 0 ? -other : other);
        }
        return amount.Minor > 0 ? "+" + Money(amount) : "−" + Money(-amount);
    }

    /// <summary>"In November you spent €15.00: €5.00 sent, €10.00 given, €0.00 paid." (+ phone bill when any)</summary>
    public abstract string Spending(MonthlySpending spending, DateTimeOffset now);

    // General
    public abstract string Help(CommandKind? topic);

    public abstract string Welcome(string name);

    public abstract string Stopped { get; }

    public abstract string Restarted { get; }

    public abstract string NotUnderstood { get; }

    public abstract string StaleChoice { get; }

    public abstract string Busy { get; }

    /// <summary>"Something went wrong on our side and nothing was done. Please try again in a moment."</summary>
    public abstract string InternalError { get; }
}

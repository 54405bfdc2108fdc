using System.Globalization;

namespace Conversational.Commands.Tests;

/// <summary>
/// A parse result written in the table's expectation language, so a failing row shows both sides in one line:
/// <c>send 5000 EUR @lea en</c>, <c>donate 1000 EUR +33612345678 fr note="pour les restos"</c>,
/// <c>buy "BLUE MUG" x2 en</c>, <c>help send fr</c>, <c>balance ar</c>, <c>orders DS-4F7K2Q en</c>,
/// <c>referral R7K3QX fr</c>, <c>link +33612345678 fr</c>,
/// <c>link code=123456 ar</c>, <c>unlink telegram en</c>, <c>handle @lea_m en</c>, <c>language fr en</c>, <c>question en</c> and <c>dispute en</c> (the text is the message, trimmed; otherwise
/// it is shown quoted), <c>error amount.zero fr</c>.
/// </summary>
internal static class ResultText
{
    public static string Of(ParseResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language.ToCode();
        return result switch
        {
            ParseError error => $"error {error.Code.ToWireName()} {language}",
            MoneyCommand money => string.Create(CultureInfo.InvariantCulture,
                $"{money.Kind.ToWireName()} {money.Amount.Minor} {money.Amount.Currency} {money.Recipient} {language}") +
                (money.Note is { } note ? $" note=\"{note}\"" : ""),
            BuyCommand buy => $"buy {Quoted(buy.Product)}" +
                (buy.Quantity is { } quantity ? string.Create(CultureInfo.InvariantCulture, $" x{quantity}") : "") +
                $" {language}",
            HelpCommand { Topic: { } topic } => $"help {topic.ToWireName()} {language}",
            ShowOrdersCommand { OrderNumber: { } number } => $"orders {number} {language}",
            ReferralCommand { Code: { } code } => $"referral {code} {language}",
            LinkIdentityCommand { Code: { } linkCode } => $"link code={linkCode} {language}",
            LinkIdentityCommand { Target: { } target } => $"link {target} {language}",
            UnlinkIdentityCommand { Target: { } unlinked } => $"unlink {unlinked} {language}",
            SetHandleCommand { Handle: { } handle } => $"handle @{handle} {language}",
            SetLanguageCommand { Preferred: { } preferred } => $"language {preferred.ToCode()} {language}",
            SetLanguageCommand { Automatic: true } => $"language auto {language}",
            DisputeCommand dispute when dispute.Text != message.Trim() => $"dispute \"{dispute.Text}\" {language}",
            QuestionCommand question when question.Text == message.Trim() => $"question {language}",
            QuestionCommand question => $"question \"{question.Text}\" {language}",
            Command command => $"{command.Kind.ToWireName()} {language}",
            _ => throw new ArgumentException("Neither a command nor an error.", nameof(result)),
        };
    }

    private static string Quoted(string text) => text.Contains(' ', StringComparison.Ordinal) ? $"\"{text}\"" : text;

}

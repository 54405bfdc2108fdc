using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>How replies look on SMS and WhatsApp through Twilio, and the carrier keywords (channels.md §2.3, §2.7).</summary>
public static class SmsText
{
    /// <summary>The single words that end all messages to the number (carriers' list, French ARRET included).</summary>
    public static readonly IReadOnlySet<string> OptOutWords =
        new HashSet<string>(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "ARRET"], StringComparer.Ordinal);

    /// <summary>The single words that resume messages after an opt-out.</summary>
    public static readonly IReadOnlySet<string> OptInWords = new HashSet<string>(["START", "YES", "UNSTOP"], StringComparer.Ordinal);

    /// <summary>The single words that ask for help: answered even after an opt-out (carriers require it), without opting back in.</summary>
    public static readonly IReadOnlySet<string> HelpWords =
        new HashSet<string>(["HELP", "INFO", "AIDE", "مساعدة", "مساعده"], StringComparer.Ordinal);

    /// <summary>The message as one text: the choices become a numbered list on a new line ("1 Home  2 Relay point").</summary>
    public static string Render(OutboundReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Choices.Count == 0)
        {
            return reply.Text;
        }
        var list = string.Join("  ", reply.Choices.Select((c, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " " + c.Label));
        return reply.Text.Length == 0 ? list : reply.Text + "\n" + list;
    }

    /// <summary>The TwiML answer: one escaped &lt;Message&gt; per reply, or an empty &lt;Response/&gt;.</summary>
    public static string TwiML(IEnumerable<string> messages)
    {
        var response = new XElement("Response", messages.Select(m => new XElement("Message", m)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + response.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A message reduced to a keyword: trimmed, upper case, accents removed ("Arrêt" is "ARRET").</summary>
    public static string Keyword(string? body)
    {
        var decomposed = (body ?? "").Trim().ToUpperInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }

    /// <summary>A phone number for logs: "+3361234**78".</summary>
    public static string Redact(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "(none)";
        }
        return number.Length <= 6 ? "***" : string.Concat(number.AsSpan(0, number.Length - 4), "**", number.AsSpan(number.Length - 2));
    }
}

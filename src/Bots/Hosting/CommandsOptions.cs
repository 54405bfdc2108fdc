using Conversational.Bots.Phones;
using Conversational.Commands;
using Conversational.Wallet;
using Microsoft.Extensions.Options;

namespace Conversational.Bots.Hosting;

/// <summary>How messages are read: the <c>Commands</c> section of appsettings.json.</summary>
public sealed class CommandsOptions
{
    public const string Section = "Commands";

    /// <summary>ISO 4217 code of an amount written without a currency.</summary>
    public string DefaultCurrency { get; set; } = "EUR";

    /// <summary>ISO 3166 region of phone numbers written in national form ("06 12 34 56 78").</summary>
    public string DefaultRegion { get; set; } = "FR";

    /// <summary>Language (en, fr, ar) of a message that shows none and comes from someone we know nothing of.</summary>
    public string DefaultLanguage { get; set; } = "en";

    public ParseContext ToParseContext(IPhoneNumberReader phoneNumbers) => new(phoneNumbers)
    {
        DefaultCurrency = DefaultCurrency,
        DefaultRegion = DefaultRegion,
        DefaultLanguage = LanguageCodes.TryParse(DefaultLanguage, out var language) ? language : Language.English,
    };

    /// <summary>Checks the settings at start-up, so a typo stops the service instead of misreading amounts.</summary>
    internal sealed class Validator : IValidateOptions<CommandsOptions>
    {
        public ValidateOptionsResult Validate(string? name, CommandsOptions options)
        {
            var failures = new List<string>();
            if (Currency.Find(options.DefaultCurrency) is null)
            {
                failures.Add($"{Section}:DefaultCurrency '{options.DefaultCurrency}' is not an ISO 4217 code (EUR, USD...).");
            }
            if (!LibPhoneNumberReader.IsKnownRegion(options.DefaultRegion))
            {
                failures.Add($"{Section}:DefaultRegion '{options.DefaultRegion}' is not a region code (FR, TN...).");
            }
            if (!LanguageCodes.TryParse(options.DefaultLanguage, out _))
            {
                failures.Add($"{Section}:DefaultLanguage '{options.DefaultLanguage}' is not one of en, fr, ar.");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}

namespace Functions.Backup.Retention;

/// <summary>
/// Which sets to keep, with restic's semantics: the last N, and the newest set of each of the last N days, ISO
/// weeks, months and years that have one. Zero turns a rule off.
/// </summary>
/// <param name="KeepLast">The newest N good sets.</param>
/// <param name="KeepDaily">The newest set of each of the last N days that have one.</param>
/// <param name="KeepWeekly">… of each of the last N ISO weeks.</param>
/// <param name="KeepMonthly">… of each of the last N months.</param>
/// <param name="KeepYearly">… of each of the last N years.</param>
/// <param name="CalendarOffset">The offset from UTC of the calendar days are counted in (e.g. +08:00 for Beijing).</param>
internal sealed record RetentionRules(int KeepLast, int KeepDaily, int KeepWeekly, int KeepMonthly, int KeepYearly, TimeSpan CalendarOffset)
{
    /// <summary>Seven dailies, four weeklies, twelve monthlies, and the newest three whatever happens.</summary>
    public static readonly RetentionRules Default = new(3, 7, 4, 12, 0, TimeSpan.Zero);

    /// <summary>Whether any rule is on.</summary>
    public bool Any => KeepLast + KeepDaily + KeepWeekly + KeepMonthly + KeepYearly > 0;
}

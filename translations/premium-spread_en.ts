<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertLogModel</name>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="55"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="57"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="59"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="61"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="63"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertLogPanel</name>
    <message>
        <location filename="../widgets/alertlogpanel.cpp" line="52"/>
        <source>Filter alerts (rule, venue, coin, state)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="54"/>
        <location filename="../widgets/alertsettingsdialog.cpp" line="60"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="65"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="67"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="72"/>
        <source>API error rate above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="73"/>
        <source>Cache miss rate above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="74"/>
        <source>Premium move within 5 minutes, points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="75"/>
        <source>Clear below the threshold by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="76"/>
        <source>Notify a rule again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="78"/>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="88"/>
        <source>My premium alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Korean venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Foreign venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Above %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="91"/>
        <source>Below %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="91"/>
        <source>Hysteresis, points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="94"/>
        <source>Add alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="95"/>
        <source>Remove alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="221"/>
        <source>The premium move must be a number of points above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="226"/>
        <source>Alert %1: name the coin and both venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="230"/>
        <source>Alert %1: the thresholds must be numbers (percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="232"/>
        <source>Alert %1: give a premium to go above, below, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="235"/>
        <source>Alert %1: the hysteresis must be a number of points, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="53"/>
        <location filename="../widgets/alertsettingsdialog.cpp" line="55"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="69"/>
        <source>A ticker is stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="70"/>
        <source>The USD/KRW rate is stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="71"/>
        <source>The premium is stale after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <location filename="../widgets/alerttext.cpp" line="21"/>
        <source>Feed stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="23"/>
        <source>API error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="25"/>
        <source>Cache miss rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="27"/>
        <source>Premium spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="29"/>
        <source>Redis connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="31"/>
        <source>Key rotation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="33"/>
        <source>Premium threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="40"/>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="40"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="46"/>
        <source>%1 ticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="48"/>
        <source>USD/KRW rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="50"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="62"/>
        <source>%1 has had no fresh value for %2 s (limit %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="63"/>
        <source>%1 is fresh again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="65"/>
        <source>%1 failed %2 % of requests in 5 minutes (limit %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="66"/>
        <source>%1 answers again (%2 % failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="68"/>
        <source>The shared %1 cache missed %2 % of reads (limit %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="69"/>
        <source>The shared %1 cache hits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="71"/>
        <source>%1 premium moved %2 points within 5 minutes (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="72"/>
        <source>%1 premium has calmed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="74"/>
        <source>Redis is unreachable: every instance polls on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="74"/>
        <source>Redis is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="76"/>
        <source>%1 is %2 days old: replace it (from day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="77"/>
        <source>%1 no longer needs rotating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="80"/>
        <source>%1 premium is back across %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="81"/>
        <source>%1 premium went below %2 %: %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="82"/>
        <source>%1 premium went above %2 %: %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="91"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="93"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="95"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last 5 minutes (key 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last hour (key 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last 24 hours (key 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>Last 7 days (key 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>Last 30 days (key 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>All stored history (key 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="105"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="106"/>
        <source>Follow the newest premium (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="107"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="108"/>
        <source>Show the Korean price and the foreign price × FX on a second axis (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="109"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="110"/>
        <source>Export the visible range as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="111"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="112"/>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinationStatusLabel</name>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="24"/>
        <source>Polling for all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following the shared feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="30"/>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="37"/>
        <source>shared feed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="39"/>
        <source>Redis connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="41"/>
        <source>Redis connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="46"/>
        <source>Redis refused the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="47"/>
        <source>Redis unreachable, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="61"/>
        <source>instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="67"/>
        <source>Shared feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="70"/>
        <source>Set the Redis password under Settings → API keys (headless: PREMIUM_SPREAD_REDIS_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="71"/>
        <source>Every instance polls the exchanges on its own until Redis is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="73"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="76"/>
        <source>Stale writes refused: %1 (this instance was paused while another one took over).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrosshairReadout</name>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="58"/>
        <source>%1   premium %2 % (%3)   Korea %4   foreign %5   USD/KRW %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="62"/>
        <source>   stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="65"/>
        <source>%1   premium ≈ %2 % (not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="68"/>
        <source>Hover the chart to read the stored values; wheel zooms, drag pans, Shift+drag zooms to a range, double-click resets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedText</name>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="15"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="19"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="21"/>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="21"/>
        <source>rate limited, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="23"/>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="23"/>
        <source>banned, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>API error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="28"/>
        <source>malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="30"/>
        <source>empty reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="32"/>
        <source>absurd value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="34"/>
        <source>no data published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="36"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="47"/>
        <source>Stale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="49"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="49"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="58"/>
        <source>Last value from %1, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="61"/>
        <source>No value received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="64"/>
        <source>HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="66"/>
        <source>The venue asked to wait %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="78"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="81"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="84"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="85"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="99"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="100"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="109"/>
        <source>Dunamu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="111"/>
        <source>open.er-api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="113"/>
        <source>ExchangeRate-API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="115"/>
        <source>Korea Eximbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="124"/>
        <source>unknown market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="127"/>
        <source>crossed order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="130"/>
        <source>impossible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="133"/>
        <source>unreadable row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="136"/>
        <source>outlier held for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="140"/>
        <source>%1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="147"/>
        <source>Korean spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="149"/>
        <source>Foreign perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="151"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="158"/>
        <source>vs Korean price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="158"/>
        <source>vs global price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FxControl</name>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="105"/>
        <source>%1 KRW/USD · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="125"/>
        <source>Enter KRW per dollar between %L1 and %L2, e.g. 1432.60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="120"/>
        <source>USD/KRW rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="121"/>
        <source>Manual rate, e.g. 1432.60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="122"/>
        <source>A rate you set is used instead of the FX feeds until you clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="123"/>
        <source>Use manual rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="124"/>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTableModel</name>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="60"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="68"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="96"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="98"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="100"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="102"/>
        <source>Errors (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="104"/>
        <source>Latency p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="106"/>
        <source>Latency p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="108"/>
        <source>Latency (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="110"/>
        <source>Errors trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <location filename="../widgets/healthwindow.cpp" line="51"/>
        <source>Feed health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStatusLabel</name>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="24"/>
        <source>the database driver is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="25"/>
        <source>the database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="26"/>
        <source>the database refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="27"/>
        <source>the database server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="28"/>
        <source>another program has locked the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="29"/>
        <source>the database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="30"/>
        <source>the disk or the database is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="31"/>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="33"/>
        <source>the database was written by a newer version of Premium Spread (schema %1, this version knows %2); update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="36"/>
        <source>the database rejected a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historystatuslabel.cpp" line="56"/>
        <source>History not saved: %1 (%2). The live view goes on; %n row(s) wait in memory and are written when the database is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historystatuslabel.cpp" line="60"/>
        <source>%n older row(s) could not be kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRotationBanner</name>
    <message>
        <location filename="../widgets/keyrotationbanner.cpp" line="79"/>
        <source>Rotate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/keyrotationbanner.cpp" line="79"/>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="440"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="441"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="442"/>
        <source>Close the window and stop polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="443"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="444"/>
        <source>Set a &amp;manual USD/KRW rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="445"/>
        <source>Type a rate that overrides the FX feeds until you go back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="446"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="447"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="448"/>
        <source>Exchange addresses, premium basis and polling periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="450"/>
        <source>P&amp;ositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="451"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="452"/>
        <source>Show &amp;positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="455"/>
        <source>API &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="456"/>
        <source>Add, replace or delete the keys kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="469"/>
        <source>Venue pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="470"/>
        <source>Selected coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="471"/>
        <source>Show the selected &amp;coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="472"/>
        <source>The price cards and the premium chart of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="473"/>
        <source>Every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="474"/>
        <source>Show every &amp;pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="476"/>
        <source>The selected coin&apos;s premium on every Korean and perpetual venue pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="478"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="479"/>
        <source>Show &amp;feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="480"/>
        <source>Each venue&apos;s state, the Korean venue in use and the USD/KRW rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="481"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="482"/>
        <source>&amp;About Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="483"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="528"/>
        <source>Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="533"/>
        <source>About Premium Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="534"/>
        <source>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;Watches the Korean crypto premium of every coin: Korean spot prices (Bithumb, Upbit, Coinone) against USDT perpetuals (Binance, OKX, Bybit) at the USD/KRW rate.&lt;/p&gt;&lt;p&gt;Prices are public market data polled from the exchanges; nothing here is investment advice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="293"/>
        <source>Local API not served: %1 is not an address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="253"/>
        <source>Switching to %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="296"/>
        <source>Local API not served: listening on %1 needs the local API token, set under Settings → API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>Local API not served: cannot listen on %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="460"/>
        <source>Show &amp;alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="461"/>
        <source>Every alert that fired or cleared, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="462"/>
        <source>Feed &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="463"/>
        <source>Each job&apos;s state, age, errors and latency over the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="466"/>
        <source>&amp;Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="467"/>
        <source>Thresholds, cooldown and muting of the alerts, and your own premium alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketTableModel</name>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="107"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="113"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="117"/>
        <source>%1m</source>
        <extracomment>Time to the next funding: minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="119"/>
        <source>%1h %2m</source>
        <extracomment>Time to the next funding: hours and minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="133"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="133"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="128"/>
        <source>%1 · %2</source>
        <extracomment>Funding rate and the time to the next funding, e.g. +0.0100 % · 3h 12m</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="617"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="623"/>
        <location filename="../widgets/markettablemodel.cpp" line="632"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="625"/>
        <location filename="../widgets/markettablemodel.cpp" line="631"/>
        <source>%1: deposit %2, withdrawal %3</source>
        <extracomment>Wallet tooltip line: network, deposit state, withdrawal state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="630"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="635"/>
        <source>No wallet information from the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="643"/>
        <source>Caution (유의) designated by the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="644"/>
        <source>Caution (유의) designated by the venue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="647"/>
        <source>Favourite (Space to remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="647"/>
        <source>Not a favourite (Space to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="651"/>
        <source>Next funding at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="658"/>
        <source>Not fresh: the last value received is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="753"/>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="755"/>
        <source>Korea (₩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="757"/>
        <source>Perp (USDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="759"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="761"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="763"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="765"/>
        <source>24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="767"/>
        <source>Volume 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="769"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="771"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="773"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="775"/>
        <source>★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="777"/>
        <source>1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="785"/>
        <source>Premium of the last prices on the chosen basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="787"/>
        <source>Entry premium: Korean best ask against the perpetual&apos;s best bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="789"/>
        <source>Exit premium: Korean best bid against the perpetual&apos;s best ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="791"/>
        <source>Change of the Korean price over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="793"/>
        <source>Korean 24 hour volume in won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="795"/>
        <source>Funding rate of the perpetual and the time to the next funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="797"/>
        <source>Premium over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketTableView</name>
    <message>
        <location filename="../widgets/markettableview.cpp" line="124"/>
        <source>Search coin, name or 초성 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="125"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="126"/>
        <source>Show favourite coins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="127"/>
        <source>Wallet suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="128"/>
        <source>Show coins with a suspended deposit or withdrawal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="129"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="130"/>
        <source>Show coins the venue flags with a caution only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="131"/>
        <source>Live sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="132"/>
        <source>Re-sort after every update; off, rows stay in place until you sort again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionCloseDialog</name>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="28"/>
        <source>Close position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="33"/>
        <source>Close position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="35"/>
        <source>%1 %2, opened %3 at %4 and %5 (FX %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="45"/>
        <source>&amp;Korean exit price (KRW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="46"/>
        <source>&amp;Foreign exit price (USDT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="47"/>
        <source>Exit F&amp;X (KRW per USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="48"/>
        <source>Closed &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="111"/>
        <source>Realised PnL at these prices: %1 KRW (Korean leg %2 KRW, foreign leg %3 USDT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="49"/>
        <source>New position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="65"/>
        <source>&amp;Coin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="66"/>
        <source>Korean &amp;venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="67"/>
        <source>&amp;Perpetual venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="68"/>
        <source>&amp;Quantity (each leg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="69"/>
        <source>&amp;Korean entry price (KRW):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="70"/>
        <source>&amp;Foreign entry price (USDT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="71"/>
        <source>Entry F&amp;X (KRW per USD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="72"/>
        <source>Korean fee &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="73"/>
        <source>Foreign fee ra&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="74"/>
        <source>&amp;Opened at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="75"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="129"/>
        <source>&amp;New position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="130"/>
        <source>&amp;Close position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="131"/>
        <source>&amp;Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="132"/>
        <source>&amp;Export positions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="136"/>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="137"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="138"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="210"/>
        <source>Positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="226"/>
        <source>%1: waiting for bid and ask prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="229"/>
        <source>%1 now: opening costs %2 (Korean ask, perpetual bid), closing gets %3 (Korean bid, perpetual ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="300"/>
        <source>Delete position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="301"/>
        <source>Delete position %1 (%2 %3)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="333"/>
        <location filename="../widgets/positionpanel.cpp" line="339"/>
        <source>Export positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="334"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="339"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="265"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="265"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="311"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="368"/>
        <source>Waiting for live bid and ask prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="369"/>
        <source>%1 KRW exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="406"/>
        <source>Open: what closing gets now (Korean bid against perpetual ask). Closed: the premium of the exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="408"/>
        <source>The premium of the entry prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="410"/>
        <source>The foreign leg in won, at the current FX (at the exit FX once closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="412"/>
        <source>Funding received (+) or paid (−) by the short at the funding times while it was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="417"/>
        <source>The net PnL split into premium change, FX change, funding and fees; the four add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="426"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="428"/>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="430"/>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="432"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="434"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="436"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="438"/>
        <source>Entry premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="440"/>
        <source>Exit premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="442"/>
        <source>Korean leg (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="444"/>
        <source>Foreign leg (USDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="446"/>
        <source>Foreign leg (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="448"/>
        <source>Fees (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="450"/>
        <source>Funding (USDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="452"/>
        <source>Net PnL (KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="454"/>
        <source>Premium part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="456"/>
        <source>FX part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="458"/>
        <source>Funding part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="460"/>
        <source>Fees part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="462"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <location filename="../widgets/positiontext.cpp" line="10"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="12"/>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="14"/>
        <source>Must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="16"/>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="18"/>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="20"/>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="22"/>
        <source>Must be a multiple of %1 (the perpetual&apos;s quantity step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="24"/>
        <source>Not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="26"/>
        <source>Must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="28"/>
        <source>Must not be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="30"/>
        <source>Must not be before the opening time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="32"/>
        <source>Not a coin code: up to %1 letters and digits, e.g. BTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="34"/>
        <source>Not a known venue (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="36"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="39"/>
        <source>These prices give a premium of %1 %: check the prices and the FX.</source>
        <extracomment>%1 is a premium in percent computed from the typed prices, e.g. 912.99</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="41"/>
        <source>No such position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="43"/>
        <source>The position is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="53"/>
        <source>The database driver is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="55"/>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="57"/>
        <source>The database server refused the user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="59"/>
        <source>The database server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="61"/>
        <source>The database is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="63"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="65"/>
        <source>The disk or the database is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="67"/>
        <source>The database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="69"/>
        <source>The database was written by a newer version of Premium Spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="71"/>
        <source>The database refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremiumChartCanvas</name>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="333"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="334"/>
        <source>Premium %, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="334"/>
        <source>Premium %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="336"/>
        <source>KRW: Korean price (orange), foreign price × FX (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="338"/>
        <source>Waiting for the first premium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="340"/>
        <source>Premium chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremiumChartView</name>
    <message numerus="yes">
        <location filename="../widgets/premiumchartview.cpp" line="333"/>
        <source>Exported %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="320"/>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="320"/>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="343"/>
        <source>Export the visible range as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="343"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="353"/>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="353"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremiumMatrixView</name>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="102"/>
        <source>Premium on every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="102"/>
        <source>%1 premium on every pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="109"/>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="119"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="122"/>
        <source>Entry %1, exit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="128"/>
        <source>Stale. Korean price %1, perpetual price %2, USD/KRW %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="133"/>
        <source>%1: %2 is not listed on both venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="135"/>
        <source>%1: waiting for %2&apos;s quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="140"/>
        <source>Click to follow this pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceFormat</name>
    <message>
        <location filename="../widgets/priceformat.cpp" line="33"/>
        <source>₩%1</source>
        <extracomment>A price in Korean won; %1 is the grouped number, e.g. ₩129,555,000</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="39"/>
        <source>%1 USDT</source>
        <extracomment>A price in Tether; %1 is the grouped number, e.g. 89,277.10 USDT</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="50"/>
        <source>%1 %</source>
        <extracomment>A premium in percent; %1 is the signed number, e.g. +1.28 %</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResilienceText</name>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="31"/>
        <source>Banned until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="33"/>
        <source>Circuit open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="35"/>
        <source>Probing after an outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="37"/>
        <source>Asked to wait until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="39"/>
        <source>Daily budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/resiliencetext.cpp" line="41"/>
        <source>Backing off after %n failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="42"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="49"/>
        <source>Weight %1 of %2 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="52"/>
        <source>%1 of %2 requests today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="61"/>
        <source>Premium uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="62"/>
        <source>Premium uses %1: %2 failing for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="75"/>
        <source>%1 tick %2 held back (%3 %), waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="77"/>
        <source>%1 move to %2 (%3 %) confirmed by the next ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="79"/>
        <source>%1 tick %2 (%3 %) dropped: the next tick did not confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="88"/>
        <source>No rate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="90"/>
        <source>Manual rate, set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="92"/>
        <source>Live from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="92"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="95"/>
        <source>Saved rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="96"/>
        <source>Saved rate from %1, %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip %L1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretText</name>
    <message>
        <location filename="../widgets/secrettext.cpp" line="6"/>
        <source>Binance API key (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="8"/>
        <source>Binance secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="10"/>
        <source>Bithumb API key (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="12"/>
        <source>Bithumb secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="14"/>
        <source>Upbit access key (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="16"/>
        <source>Upbit secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="18"/>
        <source>ExchangeRate-API key (USD/KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="20"/>
        <source>Korea Eximbank key (USD/KRW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="22"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="24"/>
        <source>Redis password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="34"/>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="36"/>
        <source>Keys are kept in the system keychain; only their creation dates are stored by Premium Spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="38"/>
        <source>No keychain: keys are kept in memory only and are forgotten when Premium Spread quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="40"/>
        <source>No system keychain is available (%1). Keys cannot be saved: Premium Spread never writes them to a file. You can keep them in memory until Premium Spread quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="43"/>
        <source>no Secret Service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="54"/>
        <source>no such key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="56"/>
        <source>the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="58"/>
        <source>the keychain refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="60"/>
        <source>the keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="71"/>
        <source>Rotate within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="73"/>
        <source>Rotate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="81"/>
        <source>The %1 is %n day(s) old: replace it now with a new read-only key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="82"/>
        <source>The %1 is %n day(s) old: rotate it before it is %2 days old.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="26"/>
        <source>Local API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="126"/>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="126"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secretsdialog.cpp" line="132"/>
        <source>%n day(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="157"/>
        <source>Replace key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="157"/>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="158"/>
        <source>%1 (pasted text is not shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="165"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="178"/>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="179"/>
        <source>Delete the %1 from the keychain? Features that use it stop working until a new one is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="200"/>
        <source>Could not read the %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="208"/>
        <source>The %1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="211"/>
        <source>The %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="219"/>
        <source>The %1 was not deleted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="223"/>
        <source>The %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="231"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="233"/>
        <source>Keep keys in memory for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="234"/>
        <source>Add or replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="235"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>&amp;Korean spot (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="37"/>
        <source>&amp;Foreign perpetual (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>Korean fallba&amp;ck (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="42"/>
        <source>&amp;USD/KRW (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>USD/KRW f&amp;allback (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source>USD/KRW fallback %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="103"/>
        <source>Exchange addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>Scheme, host and optional port, e.g. %1. Empty uses the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>Premium and polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="130"/>
        <source>Over the Korean price (seed formula)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="131"/>
        <source>Over the global price (as most Korean sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source>Premium &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="141"/>
        <source>&amp;Ticker period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="145"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="147"/>
        <source>USD/KRW &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="151"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="152"/>
        <source>How long the Korean venue must fail before the fallback venue carries the premium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="154"/>
        <source>Fa&amp;ll back to %1 after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="160"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="162"/>
        <source>A tick that moves more than this from the last accepted price is held back until the next two ticks confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="163"/>
        <source>&amp;Hold back jumps over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>The market table colours a premium at or above this percentage warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="171"/>
        <source>The market table colours a premium at or below this percentage cool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="172"/>
        <source>&amp;Warm premium from (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="173"/>
        <source>Cool pre&amp;mium up to (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="175"/>
        <source>New positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>A fraction of the traded value, paid on opening and on closing: 0.0004 is 0.04 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="183"/>
        <source>Korean &amp;fee rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>F&amp;oreign fee rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="186"/>
        <source>Shared feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="190"/>
        <source>Off (e.g. redis://feed@cache.lan:6379/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="191"/>
        <source>Instances pointing at one Redis share one feed: one polls, the others follow. The password is not part of the address: keep it under API keys as the Redis password. --redis on the command line wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="195"/>
        <source>Re&amp;dis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="227"/>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="297"/>
        <source>Not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="299"/>
        <source>Must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="301"/>
        <source>Must name a host, e.g. https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="305"/>
        <source>Only scheme, host and port: the request path is added by the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="317"/>
        <source>Leave the password out of the address: keep it under API keys as the Redis password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="318"/>
        <source>Expected redis://[user@]host:port[/db]: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="332"/>
        <source>Expected a percentage such as 3 or -1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="334"/>
        <source>Must be between -100 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="405"/>
        <source>Must be between %1 and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="410"/>
        <source>Must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="435"/>
        <source>Must be below the warm premium (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Re&amp;quire the local API token (kept under API keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="198"/>
        <source>Local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="204"/>
        <source>Serves the premiums, tickers, positions, health and Prometheus metrics, read-only, at this port. --api-port on the command line wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="206"/>
        <source>Serve o&amp;n port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="210"/>
        <source>127.0.0.1 keeps the API to this computer. Any other address lets other machines connect: then every request must carry the local API token kept under API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="213"/>
        <source>L&amp;isten on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="325"/>
        <source>Expected an IP address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming, polling a silent coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming shows each price as the venue pushes it; polling asks every venue once a ticker period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleMarketBanner</name>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="91"/>
        <source>%1 (no price yet)</source>
        <extracomment>Part of the stale market banner: an input that never answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="95"/>
        <source>%1 since %2</source>
        <extracomment>Part of the stale market banner: an input and the time of its last value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="101"/>
        <source>Not live: every premium below is the last value received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="103"/>
        <source>Not live: nothing from %1. Every premium below is the last value received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerPanel</name>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="235"/>
        <source>%1/KRW spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="240"/>
        <source>%1 perpetual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="244"/>
        <source>USD/KRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="255"/>
        <source>%1 · %2</source>
        <extracomment>Where and when a price came from, e.g. &quot;Dunamu · 3 min ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="257"/>
        <location filename="../widgets/tickerpanel.cpp" line="276"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="270"/>
        <source>%1 premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="271"/>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="284"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="286"/>
        <source>Waiting for all three prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="287"/>
        <source>No premium yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="300"/>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="306"/>
        <source>Computed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="308"/>
        <source>Last fresh at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="310"/>
        <source>Not fresh since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="313"/>
        <source>%1 %2 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="313"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <location filename="../core/venues/bithumbvenue.cpp" line="122"/>
        <source>Bithumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/venues/upbitvenue.cpp" line="47"/>
        <source>Upbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/venues/coinonevenue.cpp" line="176"/>
        <source>Coinone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/venues/binancevenue.cpp" line="88"/>
        <source>Binance USDⓈ-M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/venues/okxvenue.cpp" line="89"/>
        <source>OKX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/venues/bybitvenue.cpp" line="104"/>
        <source>Bybit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueHealthView</name>
    <message>
        <location filename="../widgets/venuehealthview.cpp" line="105"/>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/venuehealthview.cpp" line="107"/>
        <source>Values set aside: %L1 (last: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuePairBar</name>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="57"/>
        <source>&amp;Korean venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="58"/>
        <source>P&amp;erpetual venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="59"/>
        <source>The Korean spot venue whose prices the premiums use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="60"/>
        <source>The USDT perpetual venue the Korean prices are compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeFormat</name>
    <message>
        <location filename="../widgets/volumeformat.cpp" line="42"/>
        <source>₩%1</source>
        <extracomment>A won amount, e.g. ₩3,456억 or ₩345.60B</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

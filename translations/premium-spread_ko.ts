<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlertLogModel</name>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="55"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="57"/>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="59"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="61"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../widgets/alertlogmodel.cpp" line="63"/>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>AlertLogPanel</name>
    <message>
        <location filename="../widgets/alertlogpanel.cpp" line="52"/>
        <source>Filter alerts (rule, venue, coin, state)</source>
        <translation>알림 필터 (규칙, 거래소, 코인, 상태)</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="54"/>
        <location filename="../widgets/alertsettingsdialog.cpp" line="60"/>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="65"/>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="67"/>
        <source>Thresholds</source>
        <translation>기준값</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="72"/>
        <source>API error rate above</source>
        <translation>API 오류율 기준</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="73"/>
        <source>Cache miss rate above</source>
        <translation>캐시 미스율 기준</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="74"/>
        <source>Premium move within 5 minutes, points</source>
        <translation>5분 안의 프리미엄 변동 (%p)</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="75"/>
        <source>Clear below the threshold by</source>
        <translation>해제: 기준값보다 낮아야 하는 정도</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="76"/>
        <source>Notify a rule again after</source>
        <translation>같은 규칙 재알림 간격</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="78"/>
        <source>Notify</source>
        <translation>알림 받기</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="88"/>
        <source>My premium alerts</source>
        <translation>내 프리미엄 알림</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Coin</source>
        <translation>코인</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Korean venue</source>
        <translation>국내 거래소</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Foreign venue</source>
        <translation>해외 거래소</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="90"/>
        <source>Above %</source>
        <translation>이상 %</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="91"/>
        <source>Below %</source>
        <translation>이하 %</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="91"/>
        <source>Hysteresis, points</source>
        <translation>히스테리시스 (%p)</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="94"/>
        <source>Add alert</source>
        <translation>알림 추가</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="95"/>
        <source>Remove alert</source>
        <translation>알림 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="221"/>
        <source>The premium move must be a number of points above 0 and at most 100.</source>
        <translation>프리미엄 변동은 0보다 크고 100 이하인 %p 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="226"/>
        <source>Alert %1: name the coin and both venues.</source>
        <translation>알림 %1: 코인과 두 거래소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="230"/>
        <source>Alert %1: the thresholds must be numbers (percent).</source>
        <translation>알림 %1: 기준값은 숫자(퍼센트)여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="232"/>
        <source>Alert %1: give a premium to go above, below, or both.</source>
        <translation>알림 %1: 이상, 이하 또는 둘 다의 프리미엄을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="235"/>
        <source>Alert %1: the hysteresis must be a number of points, 0 or more.</source>
        <translation>알림 %1: 히스테리시스는 0 이상의 %p 값이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="53"/>
        <location filename="../widgets/alertsettingsdialog.cpp" line="55"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="69"/>
        <source>A ticker is stale after</source>
        <translation>시세 지연 기준</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="70"/>
        <source>The USD/KRW rate is stale after</source>
        <translation>원/달러 환율 지연 기준</translation>
    </message>
    <message>
        <location filename="../widgets/alertsettingsdialog.cpp" line="71"/>
        <source>The premium is stale after</source>
        <translation>프리미엄 지연 기준</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <location filename="../widgets/alerttext.cpp" line="21"/>
        <source>Feed stale</source>
        <translation>피드 지연</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="23"/>
        <source>API error rate</source>
        <translation>API 오류율</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="25"/>
        <source>Cache miss rate</source>
        <translation>캐시 미스율</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="27"/>
        <source>Premium spike</source>
        <translation>프리미엄 급변</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="29"/>
        <source>Redis connection lost</source>
        <translation>Redis 연결 끊김</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="31"/>
        <source>Key rotation due</source>
        <translation>키 교체 필요</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="33"/>
        <source>Premium threshold</source>
        <translation>프리미엄 기준값</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="40"/>
        <source>Fired</source>
        <translation>발생</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="40"/>
        <source>Cleared</source>
        <translation>해제</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="46"/>
        <source>%1 ticker</source>
        <translation>%1 시세</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="48"/>
        <source>USD/KRW rate</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="50"/>
        <source>Premium</source>
        <translation>프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="62"/>
        <source>%1 has had no fresh value for %2 s (limit %3 s)</source>
        <translation>%1: %2초 동안 새 값 없음 (기준 %3초)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="63"/>
        <source>%1 is fresh again</source>
        <translation>%1: 다시 최신 값</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="65"/>
        <source>%1 failed %2 % of requests in 5 minutes (limit %3 %)</source>
        <translation>%1: 5분간 요청의 %2 % 실패 (기준 %3 %)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="66"/>
        <source>%1 answers again (%2 % failed)</source>
        <translation>%1: 다시 응답함 (%2 % 실패)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="68"/>
        <source>The shared %1 cache missed %2 % of reads (limit %3 %)</source>
        <translation>공유 %1 캐시 미스 %2 % (기준 %3 %)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="69"/>
        <source>The shared %1 cache hits again</source>
        <translation>공유 %1 캐시가 다시 적중함</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="71"/>
        <source>%1 premium moved %2 points within 5 minutes (limit %3)</source>
        <translation>%1 프리미엄이 5분 안에 %2 %p 움직임 (기준 %3)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="72"/>
        <source>%1 premium has calmed down</source>
        <translation>%1 프리미엄이 안정됨</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="74"/>
        <source>Redis is unreachable: every instance polls on its own</source>
        <translation>Redis에 연결할 수 없음: 모든 인스턴스가 각자 조회함</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="74"/>
        <source>Redis is back</source>
        <translation>Redis 연결 복구</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="76"/>
        <source>%1 is %2 days old: replace it (from day %3)</source>
        <translation>%1: %2일 지남, 교체하세요 (%3일부터)</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="77"/>
        <source>%1 no longer needs rotating</source>
        <translation>%1: 더 이상 교체할 필요 없음</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="80"/>
        <source>%1 premium is back across %2 %</source>
        <translation>%1 프리미엄이 %2 % 기준 안쪽으로 돌아옴</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="81"/>
        <source>%1 premium went below %2 %: %3 %</source>
        <translation>%1 프리미엄이 %2 % 아래로: %3 %</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="82"/>
        <source>%1 premium went above %2 %: %3 %</source>
        <translation>%1 프리미엄이 %2 % 위로: %3 %</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="91"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="93"/>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../widgets/alerttext.cpp" line="95"/>
        <source>Stale</source>
        <translation>지연</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>5m</source>
        <translation>5분</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>1h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>24h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>7d</source>
        <translation>7일</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>30d</source>
        <translation>30일</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="96"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last 5 minutes (key 1)</source>
        <translation>최근 5분 (키 1)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last hour (key 2)</source>
        <translation>최근 1시간 (키 2)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="97"/>
        <source>Last 24 hours (key 3)</source>
        <translation>최근 24시간 (키 3)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>Last 7 days (key 4)</source>
        <translation>최근 7일 (키 4)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>Last 30 days (key 5)</source>
        <translation>최근 30일 (키 5)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="98"/>
        <source>All stored history (key 6)</source>
        <translation>저장된 전체 기록 (키 6)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="105"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="106"/>
        <source>Follow the newest premium (End)</source>
        <translation>최신 프리미엄 따라가기 (End)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="107"/>
        <source>Inputs</source>
        <translation>입력값</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="108"/>
        <source>Show the Korean price and the foreign price × FX on a second axis (I)</source>
        <translation>한국 가격과 해외 가격 × 환율을 보조 축에 표시 (I)</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="109"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="110"/>
        <source>Export the visible range as CSV</source>
        <translation>보이는 구간을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="111"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/chartcontrols.cpp" line="112"/>
        <source>Save the chart as a PNG image</source>
        <translation>차트를 PNG 이미지로 저장</translation>
    </message>
</context>
<context>
    <name>CoordinationStatusLabel</name>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="24"/>
        <source>Polling for all instances</source>
        <translation>모든 인스턴스를 위해 수집 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following the shared feed</source>
        <translation>공유 피드 수신 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="26"/>
        <source>Following %1</source>
        <translation>%1 수신 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="30"/>
        <source>Alone</source>
        <translation>단독 실행</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="37"/>
        <source>shared feed off</source>
        <translation>공유 피드 꺼짐</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="39"/>
        <source>Redis connecting…</source>
        <translation>Redis 연결 중…</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="41"/>
        <source>Redis connected</source>
        <translation>Redis 연결됨</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="46"/>
        <source>Redis refused the password</source>
        <translation>Redis가 비밀번호를 거부함</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="47"/>
        <source>Redis unreachable, retrying</source>
        <translation>Redis 연결 불가, 재시도 중</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="61"/>
        <source>instance %1</source>
        <translation>인스턴스 %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="67"/>
        <source>Shared feed: %1</source>
        <translation>공유 피드: %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="70"/>
        <source>Set the Redis password under Settings → API keys (headless: PREMIUM_SPREAD_REDIS_PASSWORD).</source>
        <translation>설정 → API 키에서 Redis 비밀번호를 지정하세요 (헤드리스: PREMIUM_SPREAD_REDIS_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="71"/>
        <source>Every instance polls the exchanges on its own until Redis is back.</source>
        <translation>Redis가 복구될 때까지 모든 인스턴스가 각자 거래소를 조회합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="73"/>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/coordinationstatuslabel.cpp" line="76"/>
        <source>Stale writes refused: %1 (this instance was paused while another one took over).</source>
        <translation>거부된 오래된 쓰기: %1 (이 인스턴스가 멈춘 사이 다른 인스턴스가 이어받았습니다).</translation>
    </message>
</context>
<context>
    <name>CrosshairReadout</name>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="58"/>
        <source>%1   premium %2 % (%3)   Korea %4   foreign %5   USD/KRW %6</source>
        <translation>%1   프리미엄 %2 % (%3)   한국 %4   해외 %5   USD/KRW %6</translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="62"/>
        <source>   stale</source>
        <translation>   오래됨</translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="65"/>
        <source>%1   premium ≈ %2 % (not stored)</source>
        <translation>%1   프리미엄 ≈ %2 % (저장되지 않음)</translation>
    </message>
    <message>
        <location filename="../widgets/crosshairreadout.cpp" line="68"/>
        <source>Hover the chart to read the stored values; wheel zooms, drag pans, Shift+drag zooms to a range, double-click resets.</source>
        <translation>차트 위에 마우스를 올리면 저장된 값을 볼 수 있습니다. 휠로 확대/축소, 드래그로 이동, Shift+드래그로 구간 확대, 더블클릭으로 초기화합니다.</translation>
    </message>
</context>
<context>
    <name>FeedText</name>
    <message>
        <location filename="../widgets/feedtext.cpp" line="13"/>
        <source>connection refused</source>
        <translation>연결 거부됨</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="15"/>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>network error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="17"/>
        <source>network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="19"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="21"/>
        <source>rate limited</source>
        <translation>요청 한도 초과</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="21"/>
        <source>rate limited, %1 left</source>
        <translation>요청 한도 초과, %1 남음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="23"/>
        <source>banned</source>
        <translation>접근 차단됨</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="23"/>
        <source>banned, %1 left</source>
        <translation>차단됨, %1 남음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>API error</source>
        <translation>API 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="26"/>
        <source>API error: %1</source>
        <translation>API 오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="28"/>
        <source>malformed reply</source>
        <translation>잘못된 응답 형식</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="30"/>
        <source>empty reply</source>
        <translation>빈 응답</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="32"/>
        <source>absurd value</source>
        <translation>비정상적인 값</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="34"/>
        <source>no data published yet</source>
        <translation>아직 공시된 데이터 없음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="36"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="43"/>
        <source>Waiting…</source>
        <translation>대기 중…</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="45"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="47"/>
        <source>Stale for %1</source>
        <translation>%1째 갱신 없음</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="49"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="49"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="58"/>
        <source>Last value from %1, received %2.</source>
        <translation>마지막 값: %1, %2 수신.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="61"/>
        <source>No value received yet.</source>
        <translation>아직 받은 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="64"/>
        <source>HTTP status %1.</source>
        <translation>HTTP 상태 %1.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="66"/>
        <source>The venue asked to wait %1.</source>
        <translation>거래소가 %1 대기를 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="78"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="81"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="84"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="85"/>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="99"/>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="100"/>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="109"/>
        <source>Dunamu</source>
        <translation>두나무</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="111"/>
        <source>open.er-api</source>
        <translation>open.er-api</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="113"/>
        <source>ExchangeRate-API</source>
        <translation>ExchangeRate-API</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="115"/>
        <source>Korea Eximbank</source>
        <translation>한국수출입은행</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="124"/>
        <source>unknown market</source>
        <translation>알 수 없는 마켓</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="127"/>
        <source>crossed order book</source>
        <translation>호가 역전</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="130"/>
        <source>impossible value</source>
        <translation>있을 수 없는 값</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="133"/>
        <source>unreadable row</source>
        <translation>읽을 수 없는 행</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="136"/>
        <source>outlier held for confirmation</source>
        <translation>확인 대기 중인 이상치</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="140"/>
        <source>%1: %2 on %3</source>
        <translation>%3의 %2: %1</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="147"/>
        <source>Korean spot</source>
        <translation>국내 현물</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="149"/>
        <source>Foreign perpetual</source>
        <translation>해외 무기한 선물</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="151"/>
        <source>USD/KRW</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="158"/>
        <source>vs Korean price</source>
        <translation>국내 가격 기준</translation>
    </message>
    <message>
        <location filename="../widgets/feedtext.cpp" line="158"/>
        <source>vs global price</source>
        <translation>해외 가격 기준</translation>
    </message>
</context>
<context>
    <name>FxControl</name>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="105"/>
        <source>%1 KRW/USD · %2</source>
        <translation>%1 원/달러 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="125"/>
        <source>Enter KRW per dollar between %L1 and %L2, e.g. 1432.60.</source>
        <translation>달러당 원화 환율을 %L1에서 %L2 사이로 입력하세요. 예: 1432.60</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="120"/>
        <source>USD/KRW rate</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="121"/>
        <source>Manual rate, e.g. 1432.60</source>
        <translation>수동 환율, 예: 1432.60</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="122"/>
        <source>A rate you set is used instead of the FX feeds until you clear it.</source>
        <translation>직접 입력한 환율은 지울 때까지 환율 피드 대신 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="123"/>
        <source>Use manual rate</source>
        <translation>수동 환율 사용</translation>
    </message>
    <message>
        <location filename="../widgets/fxcontrol.cpp" line="124"/>
        <source>Back to live</source>
        <translation>실시간으로 복귀</translation>
    </message>
</context>
<context>
    <name>HealthTableModel</name>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="60"/>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="68"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="70"/>
        <source>%1 of %2</source>
        <translation>%2건 중 %1건</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="96"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="98"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="100"/>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="102"/>
        <source>Errors (5 min)</source>
        <translation>오류 (5분)</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="104"/>
        <source>Latency p50</source>
        <translation>지연 시간 p50</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="106"/>
        <source>Latency p99</source>
        <translation>지연 시간 p99</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="108"/>
        <source>Latency (5 min)</source>
        <translation>지연 시간 (5분)</translation>
    </message>
    <message>
        <location filename="../widgets/healthtablemodel.cpp" line="110"/>
        <source>Errors trend</source>
        <translation>오류 추이</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <location filename="../widgets/healthwindow.cpp" line="51"/>
        <source>Feed health</source>
        <translation>피드 상태</translation>
    </message>
</context>
<context>
    <name>HistoryStatusLabel</name>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="24"/>
        <source>the database driver is not installed</source>
        <translation>데이터베이스 드라이버가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="25"/>
        <source>the database cannot be opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="26"/>
        <source>the database refused the user name or password</source>
        <translation>데이터베이스가 사용자 이름 또는 비밀번호를 거부했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="27"/>
        <source>the database server cannot be reached</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="28"/>
        <source>another program has locked the database</source>
        <translation>다른 프로그램이 데이터베이스를 잠갔습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="29"/>
        <source>the database is read-only</source>
        <translation>데이터베이스가 읽기 전용입니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="30"/>
        <source>the disk or the database is full</source>
        <translation>디스크 또는 데이터베이스가 가득 찼습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="31"/>
        <source>the database file is damaged</source>
        <translation>데이터베이스 파일이 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="33"/>
        <source>the database was written by a newer version of Premium Spread (schema %1, this version knows %2); update the app</source>
        <translation>더 새로운 버전의 Premium Spread가 쓴 데이터베이스입니다 (스키마 %1, 이 버전은 %2까지 지원). 앱을 업데이트하세요</translation>
    </message>
    <message>
        <location filename="../widgets/historystatuslabel.cpp" line="36"/>
        <source>the database rejected a query</source>
        <translation>데이터베이스가 쿼리를 거부했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historystatuslabel.cpp" line="56"/>
        <source>History not saved: %1 (%2). The live view goes on; %n row(s) wait in memory and are written when the database is back.</source>
        <translation>
            <numerusform>기록이 저장되지 않음: %1 (%2). 실시간 화면은 계속됩니다. %n개 행이 메모리에서 기다리며 데이터베이스가 돌아오면 기록됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/historystatuslabel.cpp" line="60"/>
        <source>%n older row(s) could not be kept.</source>
        <translation>
            <numerusform>이전 행 %n개는 보관하지 못했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRotationBanner</name>
    <message>
        <location filename="../widgets/keyrotationbanner.cpp" line="79"/>
        <source>Rotate now…</source>
        <translation>지금 교체…</translation>
    </message>
    <message>
        <location filename="../widgets/keyrotationbanner.cpp" line="79"/>
        <source>Rotate…</source>
        <translation>교체…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="440"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="441"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="442"/>
        <source>Close the window and stop polling</source>
        <translation>창을 닫고 시세 조회를 멈춥니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="443"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="444"/>
        <source>Set a &amp;manual USD/KRW rate…</source>
        <translation>수동 원/달러 환율 입력(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="445"/>
        <source>Type a rate that overrides the FX feeds until you go back to live</source>
        <translation>실시간으로 돌아갈 때까지 환율 피드 대신 사용할 환율을 입력합니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="446"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="447"/>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="448"/>
        <source>Exchange addresses, premium basis and polling periods</source>
        <translation>거래소 주소, 프리미엄 기준, 조회 주기</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="450"/>
        <source>P&amp;ositions</source>
        <translation>포지션(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="451"/>
        <source>Positions</source>
        <translation>포지션</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="452"/>
        <source>Show &amp;positions</source>
        <translation>포지션 표시(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="455"/>
        <source>API &amp;keys…</source>
        <translation>API 키(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="456"/>
        <source>Add, replace or delete the keys kept in the system keychain</source>
        <translation>시스템 키체인에 보관된 키를 추가, 교체 또는 삭제합니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="469"/>
        <source>Venue pair</source>
        <translation>거래소 쌍</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="470"/>
        <source>Selected coin</source>
        <translation>선택한 코인</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="471"/>
        <source>Show the selected &amp;coin</source>
        <translation>선택한 코인 보기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="472"/>
        <source>The price cards and the premium chart of the selected row</source>
        <translation>선택한 행의 가격 카드와 프리미엄 차트</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="473"/>
        <source>Every pair</source>
        <translation>모든 쌍</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="474"/>
        <source>Show every &amp;pair</source>
        <translation>모든 쌍 보기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="476"/>
        <source>The selected coin&apos;s premium on every Korean and perpetual venue pair</source>
        <translation>선택한 코인의 모든 한국·무기한 거래소 쌍 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="478"/>
        <source>Feeds</source>
        <translation>피드</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="479"/>
        <source>Show &amp;feeds</source>
        <translation>피드 보기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="480"/>
        <source>Each venue&apos;s state, the Korean venue in use and the USD/KRW rate</source>
        <translation>거래소별 상태, 사용 중인 국내 거래소, USD/KRW 환율</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="481"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="482"/>
        <source>&amp;About Premium Spread</source>
        <translation>Premium Spread 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="483"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="528"/>
        <source>Premium Spread</source>
        <translation>Premium Spread</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="533"/>
        <source>About Premium Spread</source>
        <translation>Premium Spread 정보</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="534"/>
        <source>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;Watches the Korean crypto premium of every coin: Korean spot prices (Bithumb, Upbit, Coinone) against USDT perpetuals (Binance, OKX, Bybit) at the USD/KRW rate.&lt;/p&gt;&lt;p&gt;Prices are public market data polled from the exchanges; nothing here is investment advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Premium Spread %1&lt;/h3&gt;&lt;p&gt;모든 코인의 김치 프리미엄을 봅니다: 한국 현물 가격(빗썸, 업비트, 코인원)과 USDT 무기한 선물(바이낸스, OKX, 바이비트)을 원/달러 환율로 비교합니다.&lt;/p&gt;&lt;p&gt;가격은 거래소에서 가져온 공개 시세이며, 투자 조언이 아닙니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="293"/>
        <source>Local API not served: %1 is not an address to listen on.</source>
        <translation>로컬 API를 제공하지 못함: %1은(는) 수신할 수 있는 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="253"/>
        <source>Switching to %1 against %2…</source>
        <translation>%1 대 %2(으)로 전환하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="296"/>
        <source>Local API not served: listening on %1 needs the local API token, set under Settings → API keys.</source>
        <translation>로컬 API를 제공하지 못함: %1에서 수신하려면 로컬 API 토큰이 필요합니다. 설정 → API 키에서 지정하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="300"/>
        <source>Local API not served: cannot listen on %1 (%2).</source>
        <translation>로컬 API를 제공하지 못함: %1에서 수신할 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="460"/>
        <source>Show &amp;alerts</source>
        <translation>알림 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="461"/>
        <source>Every alert that fired or cleared, newest first</source>
        <translation>발생하거나 해제된 모든 알림, 최신 순</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="462"/>
        <source>Feed &amp;health…</source>
        <translation>피드 상태(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="463"/>
        <source>Each job&apos;s state, age, errors and latency over the last 5 minutes</source>
        <translation>각 작업의 상태, 경과 시간, 최근 5분간의 오류와 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="466"/>
        <source>&amp;Alerts…</source>
        <translation>알림(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="467"/>
        <source>Thresholds, cooldown and muting of the alerts, and your own premium alerts</source>
        <translation>알림 기준값, 재알림 간격, 끄기, 그리고 내 프리미엄 알림</translation>
    </message>
</context>
<context>
    <name>MarketTableModel</name>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="107"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="113"/>
        <source>now</source>
        <translation>지금</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="117"/>
        <source>%1m</source>
        <extracomment>Time to the next funding: minutes</extracomment>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="119"/>
        <source>%1h %2m</source>
        <extracomment>Time to the next funding: hours and minutes</extracomment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="133"/>
        <source>open</source>
        <translation>가능</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="133"/>
        <source>suspended</source>
        <translation>중단</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="128"/>
        <source>%1 · %2</source>
        <extracomment>Funding rate and the time to the next funding, e.g. +0.0100 % · 3h 12m</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="617"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="623"/>
        <location filename="../widgets/markettablemodel.cpp" line="632"/>
        <source>All networks</source>
        <translation>모든 네트워크</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="625"/>
        <location filename="../widgets/markettablemodel.cpp" line="631"/>
        <source>%1: deposit %2, withdrawal %3</source>
        <extracomment>Wallet tooltip line: network, deposit state, withdrawal state</extracomment>
        <translation>%1: 입금 %2, 출금 %3</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="630"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="635"/>
        <source>No wallet information from the venue</source>
        <translation>거래소가 지갑 정보를 제공하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="643"/>
        <source>Caution (유의) designated by the venue</source>
        <translation>거래소 지정 유의 종목</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="644"/>
        <source>Caution (유의) designated by the venue: %1</source>
        <translation>거래소 지정 유의 종목: %1</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="647"/>
        <source>Favourite (Space to remove)</source>
        <translation>관심 코인 (Space로 해제)</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="647"/>
        <source>Not a favourite (Space to add)</source>
        <translation>관심 코인 아님 (Space로 추가)</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="651"/>
        <source>Next funding at %1</source>
        <translation>다음 펀딩 %1</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="658"/>
        <source>Not fresh: the last value received is shown</source>
        <translation>오래된 값: 마지막으로 받은 값을 표시합니다</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="753"/>
        <source>Coin</source>
        <translation>코인</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="755"/>
        <source>Korea (₩)</source>
        <translation>국내 (₩)</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="757"/>
        <source>Perp (USDT)</source>
        <translation>선물 (USDT)</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="759"/>
        <source>Premium</source>
        <translation>프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="761"/>
        <source>Entry</source>
        <translation>진입</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="763"/>
        <source>Exit</source>
        <translation>청산</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="765"/>
        <source>24h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="767"/>
        <source>Volume 24h</source>
        <translation>24시간 거래대금</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="769"/>
        <source>Funding</source>
        <translation>펀딩</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="771"/>
        <source>Wallet</source>
        <translation>지갑</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="773"/>
        <source>Caution</source>
        <translation>유의</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="775"/>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="777"/>
        <source>1h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="785"/>
        <source>Premium of the last prices on the chosen basis</source>
        <translation>선택한 기준으로 계산한 최근 체결가 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="787"/>
        <source>Entry premium: Korean best ask against the perpetual&apos;s best bid</source>
        <translation>진입 프리미엄: 국내 최우선 매도호가 대비 선물 최우선 매수호가</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="789"/>
        <source>Exit premium: Korean best bid against the perpetual&apos;s best ask</source>
        <translation>청산 프리미엄: 국내 최우선 매수호가 대비 선물 최우선 매도호가</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="791"/>
        <source>Change of the Korean price over 24 hours</source>
        <translation>국내 가격의 24시간 변동률</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="793"/>
        <source>Korean 24 hour volume in won</source>
        <translation>국내 24시간 거래대금 (원)</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="795"/>
        <source>Funding rate of the perpetual and the time to the next funding</source>
        <translation>무기한 선물의 펀딩비와 다음 펀딩까지 남은 시간</translation>
    </message>
    <message>
        <location filename="../widgets/markettablemodel.cpp" line="797"/>
        <source>Premium over the last hour</source>
        <translation>최근 1시간 프리미엄</translation>
    </message>
</context>
<context>
    <name>MarketTableView</name>
    <message>
        <location filename="../widgets/markettableview.cpp" line="124"/>
        <source>Search coin, name or 초성 (Ctrl+F)</source>
        <translation>코인, 이름 또는 초성 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="125"/>
        <source>★ Favourites</source>
        <translation>★ 관심</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="126"/>
        <source>Show favourite coins only</source>
        <translation>관심 코인만 표시</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="127"/>
        <source>Wallet suspended</source>
        <translation>입출금 중단</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="128"/>
        <source>Show coins with a suspended deposit or withdrawal only</source>
        <translation>입금 또는 출금이 중단된 코인만 표시</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="129"/>
        <source>Caution</source>
        <translation>유의</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="130"/>
        <source>Show coins the venue flags with a caution only</source>
        <translation>거래소가 유의 종목으로 지정한 코인만 표시</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="131"/>
        <source>Live sort</source>
        <translation>실시간 정렬</translation>
    </message>
    <message>
        <location filename="../widgets/markettableview.cpp" line="132"/>
        <source>Re-sort after every update; off, rows stay in place until you sort again</source>
        <translation>업데이트마다 다시 정렬합니다. 끄면 다시 정렬할 때까지 행이 제자리에 있습니다</translation>
    </message>
</context>
<context>
    <name>PositionCloseDialog</name>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="28"/>
        <source>Close position %1</source>
        <translation>포지션 %1 청산</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="33"/>
        <source>Close position</source>
        <translation>포지션 청산</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="35"/>
        <source>%1 %2, opened %3 at %4 and %5 (FX %6).</source>
        <translation>%1 %2, %3에 %4 및 %5에 진입 (환율 %6).</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="45"/>
        <source>&amp;Korean exit price (KRW):</source>
        <translation>국내 청산 가격(KRW)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="46"/>
        <source>&amp;Foreign exit price (USDT):</source>
        <translation>해외 청산 가격(USDT)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="47"/>
        <source>Exit F&amp;X (KRW per USD):</source>
        <translation>청산 환율(원/달러)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="48"/>
        <source>Closed &amp;at:</source>
        <translation>청산 시각(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/positionclosedialog.cpp" line="111"/>
        <source>Realised PnL at these prices: %1 KRW (Korean leg %2 KRW, foreign leg %3 USDT).</source>
        <translation>이 가격의 실현 손익: %1원 (국내 %2원, 해외 %3 USDT).</translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="49"/>
        <source>New position</source>
        <translation>새 포지션</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="65"/>
        <source>&amp;Coin:</source>
        <translation>코인(&amp;C):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="66"/>
        <source>Korean &amp;venue:</source>
        <translation>국내 거래소(&amp;V):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="67"/>
        <source>&amp;Perpetual venue:</source>
        <translation>무기한 선물 거래소(&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="68"/>
        <source>&amp;Quantity (each leg):</source>
        <translation>수량(각 레그)(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="69"/>
        <source>&amp;Korean entry price (KRW):</source>
        <translation>국내 진입 가격(KRW)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="70"/>
        <source>&amp;Foreign entry price (USDT):</source>
        <translation>해외 진입 가격(USDT)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="71"/>
        <source>Entry F&amp;X (KRW per USD):</source>
        <translation>진입 환율(원/달러)(&amp;X):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="72"/>
        <source>Korean fee &amp;rate:</source>
        <translation>국내 수수료율(&amp;R):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="73"/>
        <source>Foreign fee ra&amp;te:</source>
        <translation>해외 수수료율(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="74"/>
        <source>&amp;Opened at:</source>
        <translation>진입 시각(&amp;O):</translation>
    </message>
    <message>
        <location filename="../widgets/positionentrydialog.cpp" line="75"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="129"/>
        <source>&amp;New position…</source>
        <translation>새 포지션(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="130"/>
        <source>&amp;Close position…</source>
        <translation>포지션 청산(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="131"/>
        <source>&amp;Delete position</source>
        <translation>포지션 삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="132"/>
        <source>&amp;Export positions as CSV…</source>
        <translation>CSV로 포지션 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="136"/>
        <source>All positions</source>
        <translation>전체 포지션</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="137"/>
        <source>Open</source>
        <translation>보유 중</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="138"/>
        <source>Closed</source>
        <translation>청산됨</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="210"/>
        <source>Positions: %1</source>
        <translation>포지션: %1</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="226"/>
        <source>%1: waiting for bid and ask prices…</source>
        <translation>%1: 매수·매도 호가 대기 중…</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="229"/>
        <source>%1 now: opening costs %2 (Korean ask, perpetual bid), closing gets %3 (Korean bid, perpetual ask)</source>
        <translation>%1 현재: 진입 시 %2 (국내 매도호가, 선물 매수호가), 청산 시 %3 (국내 매수호가, 선물 매도호가)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="300"/>
        <source>Delete position</source>
        <translation>포지션 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="301"/>
        <source>Delete position %1 (%2 %3)? This cannot be undone.</source>
        <translation>포지션 %1 (%2 %3)을(를) 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="333"/>
        <location filename="../widgets/positionpanel.cpp" line="339"/>
        <source>Export positions</source>
        <translation>포지션 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="334"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/positionpanel.cpp" line="339"/>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="265"/>
        <source>Open</source>
        <translation>보유 중</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="265"/>
        <source>Closed</source>
        <translation>청산됨</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="311"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="368"/>
        <source>Waiting for live bid and ask prices</source>
        <translation>실시간 매수·매도 호가 대기 중</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="369"/>
        <source>%1 KRW exactly</source>
        <translation>정확히 %1원</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="406"/>
        <source>Open: what closing gets now (Korean bid against perpetual ask). Closed: the premium of the exit.</source>
        <translation>보유 중: 지금 청산할 때의 값 (국내 매수호가 대 선물 매도호가). 청산됨: 청산 시점의 프리미엄.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="408"/>
        <source>The premium of the entry prices.</source>
        <translation>진입 가격의 프리미엄.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="410"/>
        <source>The foreign leg in won, at the current FX (at the exit FX once closed).</source>
        <translation>해외 레그의 원화 환산액 (현재 환율, 청산 후에는 청산 환율).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="412"/>
        <source>Funding received (+) or paid (−) by the short at the funding times while it was open.</source>
        <translation>보유 기간 중 펀딩 시각마다 숏 포지션이 받은(+) 또는 낸(−) 펀딩비.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="417"/>
        <source>The net PnL split into premium change, FX change, funding and fees; the four add up to it.</source>
        <translation>순손익을 프리미엄 변화, 환율 변화, 펀딩, 수수료로 나눈 값이며, 넷의 합이 순손익입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="426"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="428"/>
        <source>Coin</source>
        <translation>코인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="430"/>
        <source>Venues</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="432"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="434"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="436"/>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="438"/>
        <source>Entry premium</source>
        <translation>진입 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="440"/>
        <source>Exit premium</source>
        <translation>청산 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="442"/>
        <source>Korean leg (KRW)</source>
        <translation>국내 레그 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="444"/>
        <source>Foreign leg (USDT)</source>
        <translation>해외 레그 (USDT)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="446"/>
        <source>Foreign leg (KRW)</source>
        <translation>해외 레그 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="448"/>
        <source>Fees (KRW)</source>
        <translation>수수료 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="450"/>
        <source>Funding (USDT)</source>
        <translation>펀딩 (USDT)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="452"/>
        <source>Net PnL (KRW)</source>
        <translation>순손익 (KRW)</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="454"/>
        <source>Premium part</source>
        <translation>프리미엄 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="456"/>
        <source>FX part</source>
        <translation>환율 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="458"/>
        <source>Funding part</source>
        <translation>펀딩 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="460"/>
        <source>Fees part</source>
        <translation>수수료 요인</translation>
    </message>
    <message>
        <location filename="../widgets/positiontablemodel.cpp" line="462"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <location filename="../widgets/positiontext.cpp" line="10"/>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="12"/>
        <source>Not a number.</source>
        <translation>숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="14"/>
        <source>Must be greater than zero.</source>
        <translation>0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="16"/>
        <source>Must not be negative.</source>
        <translation>음수일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="18"/>
        <source>Must be at most %1.</source>
        <translation>%1 이하여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="20"/>
        <source>Must be at least %1.</source>
        <translation>%1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="22"/>
        <source>Must be a multiple of %1 (the perpetual&apos;s quantity step).</source>
        <translation>%1의 배수여야 합니다 (무기한 선물의 수량 단위).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="24"/>
        <source>Not a valid date and time.</source>
        <translation>올바른 날짜와 시각이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="26"/>
        <source>Must not be in the future.</source>
        <translation>미래 시각일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="28"/>
        <source>Must not be before %1.</source>
        <translation>%1 이전일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="30"/>
        <source>Must not be before the opening time (%1).</source>
        <translation>진입 시각(%1) 이전일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="32"/>
        <source>Not a coin code: up to %1 letters and digits, e.g. BTC.</source>
        <translation>코인 코드가 아닙니다: 영문자와 숫자 %1자 이내로 입력하세요 (예: BTC).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="34"/>
        <source>Not a known venue (%1).</source>
        <translation>알 수 없는 거래소입니다 (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="36"/>
        <source>At most %1 characters.</source>
        <translation>최대 %1자입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="39"/>
        <source>These prices give a premium of %1 %: check the prices and the FX.</source>
        <extracomment>%1 is a premium in percent computed from the typed prices, e.g. 912.99</extracomment>
        <translation>이 가격으로는 프리미엄이 %1 %입니다: 가격과 환율을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="41"/>
        <source>No such position.</source>
        <translation>해당 포지션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="43"/>
        <source>The position is already closed.</source>
        <translation>이미 청산된 포지션입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="53"/>
        <source>The database driver is not installed.</source>
        <translation>데이터베이스 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="55"/>
        <source>The database cannot be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="57"/>
        <source>The database server refused the user or password.</source>
        <translation>데이터베이스 서버가 사용자 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="59"/>
        <source>The database server cannot be reached.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="61"/>
        <source>The database is locked by another program.</source>
        <translation>다른 프로그램이 데이터베이스를 잠그고 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="63"/>
        <source>The database is read-only.</source>
        <translation>데이터베이스가 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="65"/>
        <source>The disk or the database is full.</source>
        <translation>디스크 또는 데이터베이스가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="67"/>
        <source>The database is damaged.</source>
        <translation>데이터베이스가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="69"/>
        <source>The database was written by a newer version of Premium Spread.</source>
        <translation>더 새로운 버전의 Premium Spread가 기록한 데이터베이스입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/positiontext.cpp" line="71"/>
        <source>The database refused the change.</source>
        <translation>데이터베이스가 변경을 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>PremiumChartCanvas</name>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="333"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="334"/>
        <source>Premium %, %1</source>
        <translation>프리미엄 %, %1</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="334"/>
        <source>Premium %</source>
        <translation>프리미엄 %</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="336"/>
        <source>KRW: Korean price (orange), foreign price × FX (green)</source>
        <translation>KRW: 한국 가격(주황), 해외 가격 × 환율(초록)</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="338"/>
        <source>Waiting for the first premium…</source>
        <translation>첫 프리미엄을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartcanvas.cpp" line="340"/>
        <source>Premium chart</source>
        <translation>프리미엄 차트</translation>
    </message>
</context>
<context>
    <name>PremiumChartView</name>
    <message numerus="yes">
        <location filename="../widgets/premiumchartview.cpp" line="333"/>
        <source>Exported %n row(s).</source>
        <translation>
            <numerusform>%n개 행을 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="333"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="320"/>
        <source>Saved the chart to %1.</source>
        <translation>차트를 %1에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="320"/>
        <source>Could not save %1.</source>
        <translation>%1을(를) 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="343"/>
        <source>Export the visible range as CSV</source>
        <translation>보이는 구간을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="343"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="353"/>
        <source>Save the chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../widgets/premiumchartview.cpp" line="353"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>PremiumMatrixView</name>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="102"/>
        <source>Premium on every pair</source>
        <translation>모든 쌍의 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="102"/>
        <source>%1 premium on every pair</source>
        <translation>모든 쌍의 %1 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="109"/>
        <source>%1 against %2</source>
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="119"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="122"/>
        <source>Entry %1, exit %2</source>
        <translation>진입 %1, 청산 %2</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="128"/>
        <source>Stale. Korean price %1, perpetual price %2, USD/KRW %3</source>
        <translation>지연됨. 국내 가격 %1, 무기한 선물 가격 %2, 원/달러 %3</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="133"/>
        <source>%1: %2 is not listed on both venues</source>
        <translation>%1: %2은(는) 두 거래소 모두에 상장되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="135"/>
        <source>%1: waiting for %2&apos;s quotes</source>
        <translation>%1: %2 시세를 기다리는 중</translation>
    </message>
    <message>
        <location filename="../widgets/premiummatrixview.cpp" line="140"/>
        <source>Click to follow this pair</source>
        <translation>클릭하면 이 쌍을 따릅니다</translation>
    </message>
</context>
<context>
    <name>PriceFormat</name>
    <message>
        <location filename="../widgets/priceformat.cpp" line="33"/>
        <source>₩%1</source>
        <extracomment>A price in Korean won; %1 is the grouped number, e.g. ₩129,555,000</extracomment>
        <translation>₩%1</translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="39"/>
        <source>%1 USDT</source>
        <extracomment>A price in Tether; %1 is the grouped number, e.g. 89,277.10 USDT</extracomment>
        <translation>%1 USDT</translation>
    </message>
    <message>
        <location filename="../widgets/priceformat.cpp" line="50"/>
        <source>%1 %</source>
        <extracomment>A premium in percent; %1 is the signed number, e.g. +1.28 %</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ResilienceText</name>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="31"/>
        <source>Banned until %1</source>
        <translation>%1까지 차단됨</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="33"/>
        <source>Circuit open until %1</source>
        <translation>%1까지 서킷 열림</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="35"/>
        <source>Probing after an outage</source>
        <translation>장애 후 복구 확인 중</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="37"/>
        <source>Asked to wait until %1</source>
        <translation>%1까지 대기 요청받음</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="39"/>
        <source>Daily budget used</source>
        <translation>일일 호출 한도 소진</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/resiliencetext.cpp" line="41"/>
        <source>Backing off after %n failure(s)</source>
        <translation>
            <numerusform>%n회 실패로 재시도 간격 늘리는 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="42"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="49"/>
        <source>Weight %1 of %2 per minute</source>
        <translation>분당 가중치 %2 중 %1 사용</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="52"/>
        <source>%1 of %2 requests today</source>
        <translation>오늘 %2회 중 %1회 호출</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="61"/>
        <source>Premium uses %1</source>
        <translation>프리미엄은 %1 가격 사용</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="62"/>
        <source>Premium uses %1: %2 failing for %3</source>
        <translation>프리미엄은 %1 가격 사용: %2 %3째 장애</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="75"/>
        <source>%1 tick %2 held back (%3 %), waiting for confirmation</source>
        <translation>%1 체결가 %2 보류 (%3 %), 확인 대기 중</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="77"/>
        <source>%1 move to %2 (%3 %) confirmed by the next ticks</source>
        <translation>%1 %2(으)로의 변동 (%3 %)이 다음 체결로 확인됨</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="79"/>
        <source>%1 tick %2 (%3 %) dropped: the next tick did not confirm it</source>
        <translation>%1 체결가 %2 (%3 %) 폐기: 다음 체결이 확인하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="88"/>
        <source>No rate yet</source>
        <translation>아직 환율 없음</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="90"/>
        <source>Manual rate, set by you</source>
        <translation>직접 입력한 수동 환율</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="92"/>
        <source>Live from %1</source>
        <translation>%1 실시간</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="92"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="95"/>
        <source>Saved rate</source>
        <translation>저장된 환율</translation>
    </message>
    <message>
        <location filename="../widgets/resiliencetext.cpp" line="96"/>
        <source>Saved rate from %1, %2 old</source>
        <translation>저장된 %1 환율, %2 전</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>reconnecting after a failure</source>
        <translation>실패 후 재연결 대기</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%L1 messages/s</source>
        <translation>초당 메시지 %L1개</translation>
    </message>
    <message>
        <source>round trip %L1 ms</source>
        <translation>왕복 %L1 ms</translation>
    </message>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
</context>
<context>
    <name>SecretText</name>
    <message>
        <location filename="../widgets/secrettext.cpp" line="6"/>
        <source>Binance API key (read-only)</source>
        <translation>바이낸스 API 키 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="8"/>
        <source>Binance secret key</source>
        <translation>바이낸스 시크릿 키</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="10"/>
        <source>Bithumb API key (read-only)</source>
        <translation>빗썸 API 키 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="12"/>
        <source>Bithumb secret key</source>
        <translation>빗썸 시크릿 키</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="14"/>
        <source>Upbit access key (read-only)</source>
        <translation>업비트 액세스 키 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="16"/>
        <source>Upbit secret key</source>
        <translation>업비트 시크릿 키</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="18"/>
        <source>ExchangeRate-API key (USD/KRW)</source>
        <translation>ExchangeRate-API 키 (원/달러)</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="20"/>
        <source>Korea Eximbank key (USD/KRW)</source>
        <translation>한국수출입은행 키 (원/달러)</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="22"/>
        <source>Database password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="24"/>
        <source>Redis password</source>
        <translation>Redis 비밀번호</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="34"/>
        <source>Looking for the system keychain…</source>
        <translation>시스템 키체인을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="36"/>
        <source>Keys are kept in the system keychain; only their creation dates are stored by Premium Spread.</source>
        <translation>키는 시스템 키체인에 보관되며, Premium Spread는 키의 생성일만 저장합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="38"/>
        <source>No keychain: keys are kept in memory only and are forgotten when Premium Spread quits.</source>
        <translation>키체인 없음: 키는 메모리에만 보관되며 Premium Spread를 종료하면 사라집니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="40"/>
        <source>No system keychain is available (%1). Keys cannot be saved: Premium Spread never writes them to a file. You can keep them in memory until Premium Spread quits.</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다 (%1). 키를 저장할 수 없습니다: Premium Spread는 키를 파일에 절대 쓰지 않습니다. Premium Spread를 종료할 때까지 메모리에만 보관할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="43"/>
        <source>no Secret Service is running</source>
        <translation>실행 중인 Secret Service 없음</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="54"/>
        <source>no such key</source>
        <translation>해당 키 없음</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="56"/>
        <source>the keychain is not available</source>
        <translation>키체인을 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="58"/>
        <source>the keychain refused access</source>
        <translation>키체인이 접근을 거부함</translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="60"/>
        <source>the keychain reported an error</source>
        <translation>키체인 오류</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="71"/>
        <source>Rotate within %n day(s)</source>
        <translation>
            <numerusform>%n일 안에 교체</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="73"/>
        <source>Rotate now</source>
        <translation>지금 교체</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="81"/>
        <source>The %1 is %n day(s) old: replace it now with a new read-only key.</source>
        <translation>
            <numerusform>%1이(가) 생성된 지 %n일 지났습니다: 지금 새 읽기 전용 키로 교체하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secrettext.cpp" line="82"/>
        <source>The %1 is %n day(s) old: rotate it before it is %2 days old.</source>
        <translation>
            <numerusform>%1이(가) 생성된 지 %n일 지났습니다: %2일이 되기 전에 교체하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secrettext.cpp" line="26"/>
        <source>Local API token</source>
        <translation>로컬 API 토큰</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="126"/>
        <source>stored</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="126"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/secretsdialog.cpp" line="132"/>
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n일 경과</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="157"/>
        <source>Replace key</source>
        <translation>키 교체</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="157"/>
        <source>Add key</source>
        <translation>키 추가</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="158"/>
        <source>%1 (pasted text is not shown):</source>
        <translation>%1 (붙여 넣은 내용은 표시되지 않습니다):</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="165"/>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="178"/>
        <source>Delete key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="179"/>
        <source>Delete the %1 from the keychain? Features that use it stop working until a new one is added.</source>
        <translation>키체인에서 %1을(를) 삭제할까요? 새 키를 추가할 때까지 이 키를 쓰는 기능은 동작하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="200"/>
        <source>Could not read the %1: %2.</source>
        <translation>%1을(를) 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="208"/>
        <source>The %1 was not saved: %2.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="211"/>
        <source>The %1 was saved.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="219"/>
        <source>The %1 was not deleted: %2.</source>
        <translation>%1을(를) 삭제하지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="223"/>
        <source>The %1 was deleted.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="231"/>
        <source>API keys</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Stored</source>
        <translation>저장된 값</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Added</source>
        <translation>추가한 날</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="232"/>
        <source>Rotation</source>
        <translation>교체</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="233"/>
        <source>Keep keys in memory for this run</source>
        <translation>이번 실행 동안만 메모리에 키 보관</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="234"/>
        <source>Add or replace…</source>
        <translation>추가 또는 교체…</translation>
    </message>
    <message>
        <location filename="../widgets/secretsdialog.cpp" line="235"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>&amp;Korean spot (%1):</source>
        <translation>국내 현물 (%1)(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="37"/>
        <source>&amp;Foreign perpetual (%1):</source>
        <translation>해외 무기한 선물 (%1)(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="39"/>
        <source>Korean fallba&amp;ck (%1):</source>
        <translation>국내 대체 거래소(&amp;C) (%1):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="42"/>
        <source>&amp;USD/KRW (%1):</source>
        <translation>원/달러 환율 (%1)(&amp;U):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>USD/KRW f&amp;allback (%1):</source>
        <translation>원/달러 환율 예비 (%1)(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="46"/>
        <source>USD/KRW fallback %1 (%2):</source>
        <translation>원/달러 환율 예비 %1 (%2):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="103"/>
        <source>Exchange addresses</source>
        <translation>거래소 주소</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="116"/>
        <source>Scheme, host and optional port, e.g. %1. Empty uses the default.</source>
        <translation>스킴, 호스트, (선택) 포트. 예: %1. 비워 두면 기본값을 씁니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="127"/>
        <source>Premium and polling</source>
        <translation>프리미엄 및 조회</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="130"/>
        <source>Over the Korean price (seed formula)</source>
        <translation>국내 가격 기준 (기본 공식)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="131"/>
        <source>Over the global price (as most Korean sites)</source>
        <translation>해외 가격 기준 (국내 대부분의 사이트 방식)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="132"/>
        <source>Premium &amp;basis:</source>
        <translation>프리미엄 기준(&amp;B):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="141"/>
        <source>&amp;Ticker period:</source>
        <translation>시세 조회 주기(&amp;T):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="145"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="147"/>
        <source>USD/KRW &amp;period:</source>
        <translation>환율 조회 주기(&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="151"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="152"/>
        <source>How long the Korean venue must fail before the fallback venue carries the premium.</source>
        <translation>대체 거래소가 프리미엄 계산을 넘겨받기 전에 국내 거래소가 실패해야 하는 시간입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="154"/>
        <source>Fa&amp;ll back to %1 after:</source>
        <translation>%1(으)로 전환까지(&amp;L):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="160"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="161"/>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="162"/>
        <source>A tick that moves more than this from the last accepted price is held back until the next two ticks confirm it.</source>
        <translation>마지막으로 받아들인 가격에서 이보다 더 움직인 틱은 다음 두 틱이 확인할 때까지 보류합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="163"/>
        <source>&amp;Hold back jumps over:</source>
        <translation>급변 보류 기준(&amp;H):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="170"/>
        <source>The market table colours a premium at or above this percentage warm.</source>
        <translation>시장 표에서 이 비율 이상인 프리미엄을 따뜻한 색으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="171"/>
        <source>The market table colours a premium at or below this percentage cool.</source>
        <translation>시장 표에서 이 비율 이하인 프리미엄을 차가운 색으로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="172"/>
        <source>&amp;Warm premium from (%):</source>
        <translation>높은 프리미엄 기준(%)(&amp;W):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="173"/>
        <source>Cool pre&amp;mium up to (%):</source>
        <translation>낮은 프리미엄 기준(%)(&amp;M):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="175"/>
        <source>New positions</source>
        <translation>새 포지션</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="180"/>
        <source>A fraction of the traded value, paid on opening and on closing: 0.0004 is 0.04 %.</source>
        <translation>거래 금액에 대한 비율로, 진입과 청산 때 각각 냅니다: 0.0004는 0.04 %입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="183"/>
        <source>Korean &amp;fee rate:</source>
        <translation>국내 수수료율(&amp;F):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="184"/>
        <source>F&amp;oreign fee rate:</source>
        <translation>해외 수수료율(&amp;O):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="186"/>
        <source>Shared feed</source>
        <translation>공유 피드</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="190"/>
        <source>Off (e.g. redis://feed@cache.lan:6379/0)</source>
        <translation>사용 안 함 (예: redis://feed@cache.lan:6379/0)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="191"/>
        <source>Instances pointing at one Redis share one feed: one polls, the others follow. The password is not part of the address: keep it under API keys as the Redis password. --redis on the command line wins over this setting.</source>
        <translation>같은 Redis를 가리키는 인스턴스들은 하나의 피드를 공유합니다: 하나가 조회하고 나머지는 따라갑니다. 비밀번호는 주소에 넣지 않습니다: API 키에서 Redis 비밀번호로 보관하세요. 명령줄의 --redis가 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="195"/>
        <source>Re&amp;dis:</source>
        <translation>Re&amp;dis:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="227"/>
        <source>&amp;Restore defaults</source>
        <translation>기본값 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="297"/>
        <source>Not a valid URL.</source>
        <translation>올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="299"/>
        <source>Must start with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="301"/>
        <source>Must name a host, e.g. https://api.example.com.</source>
        <translation>호스트가 있어야 합니다. 예: https://api.example.com</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="305"/>
        <source>Only scheme, host and port: the request path is added by the application.</source>
        <translation>스킴, 호스트, 포트만 입력하세요: 요청 경로는 프로그램이 붙입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="317"/>
        <source>Leave the password out of the address: keep it under API keys as the Redis password.</source>
        <translation>주소에서 비밀번호를 빼세요: API 키에서 Redis 비밀번호로 보관하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="318"/>
        <source>Expected redis://[user@]host:port[/db]: %1.</source>
        <translation>redis://[user@]host:port[/db] 형식이어야 합니다: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="332"/>
        <source>Expected a percentage such as 3 or -1.5.</source>
        <translation>3 또는 -1.5 같은 퍼센트 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="334"/>
        <source>Must be between -100 and 100 %.</source>
        <translation>-100 %에서 100 % 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="405"/>
        <source>Must be between %1 and %2 ms.</source>
        <translation>%1에서 %2 ms 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="410"/>
        <source>Must be between %1 and %2 minutes.</source>
        <translation>%1에서 %2분 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="435"/>
        <source>Must be below the warm premium (%1 %).</source>
        <translation>높은 프리미엄 기준(%1 %)보다 낮아야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Re&amp;quire the local API token (kept under API keys)</source>
        <translation>로컬 API 토큰 요구(&amp;Q) (API 키에 보관)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="198"/>
        <source>Local API</source>
        <translation>로컬 API</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="204"/>
        <source>Serves the premiums, tickers, positions, health and Prometheus metrics, read-only, at this port. --api-port on the command line wins over this setting.</source>
        <translation>프리미엄, 시세, 포지션, 상태, Prometheus 지표를 이 포트에서 읽기 전용으로 제공합니다. 명령줄의 --api-port가 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="206"/>
        <source>Serve o&amp;n port:</source>
        <translation>제공 포트(&amp;N):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="210"/>
        <source>127.0.0.1 keeps the API to this computer. Any other address lets other machines connect: then every request must carry the local API token kept under API keys.</source>
        <translation>127.0.0.1이면 API는 이 컴퓨터에서만 쓸 수 있습니다. 다른 주소이면 다른 컴퓨터도 접속할 수 있으며, 이때 모든 요청은 API 키에 보관된 로컬 API 토큰을 담아야 합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="213"/>
        <source>L&amp;isten on:</source>
        <translation>수신 주소(&amp;I):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="325"/>
        <source>Expected an IP address of this computer, e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>이 컴퓨터의 IP 주소가 필요합니다. 예: 127.0.0.1 또는 0.0.0.0.</translation>
    </message>
    <message>
        <source>Streaming, polling a silent coin</source>
        <translation>스트리밍 (끊긴 코인은 폴링)</translation>
    </message>
    <message>
        <source>Polling only</source>
        <translation>폴링만</translation>
    </message>
    <message>
        <source>Streaming shows each price as the venue pushes it; polling asks every venue once a ticker period.</source>
        <translation>스트리밍은 거래소가 보내는 즉시 가격을 보여 주고, 폴링은 시세 주기마다 모든 거래소에 묻습니다.</translation>
    </message>
    <message>
        <source>Quotes b&amp;y:</source>
        <translation>시세 수신 방식(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>StaleMarketBanner</name>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="91"/>
        <source>%1 (no price yet)</source>
        <extracomment>Part of the stale market banner: an input that never answered</extracomment>
        <translation>%1 (아직 가격 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="95"/>
        <source>%1 since %2</source>
        <extracomment>Part of the stale market banner: an input and the time of its last value</extracomment>
        <translation>%1 (%2 이후)</translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="101"/>
        <source>Not live: every premium below is the last value received.</source>
        <translation>실시간 아님: 아래 프리미엄은 모두 마지막으로 받은 값입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/stalemarketbanner.cpp" line="103"/>
        <source>Not live: nothing from %1. Every premium below is the last value received.</source>
        <translation>실시간 아님: %1 수신 없음. 아래 프리미엄은 모두 마지막으로 받은 값입니다.</translation>
    </message>
</context>
<context>
    <name>TickerPanel</name>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="235"/>
        <source>%1/KRW spot</source>
        <translation>%1/KRW 현물</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="240"/>
        <source>%1 perpetual</source>
        <translation>%1 무기한 선물</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="244"/>
        <source>USD/KRW</source>
        <translation>원/달러 환율</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="255"/>
        <source>%1 · %2</source>
        <extracomment>Where and when a price came from, e.g. &quot;Dunamu · 3 min ago&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="257"/>
        <location filename="../widgets/tickerpanel.cpp" line="276"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="270"/>
        <source>%1 premium</source>
        <translation>%1 김치 프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="271"/>
        <source>Premium</source>
        <translation>프리미엄</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="284"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="286"/>
        <source>Waiting for all three prices…</source>
        <translation>세 가격을 모두 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="287"/>
        <source>No premium yet. %1</source>
        <translation>아직 프리미엄 없음. %1</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="300"/>
        <source>STALE</source>
        <translation>갱신 중단</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="306"/>
        <source>Computed at %1</source>
        <translation>%1 계산</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="308"/>
        <source>Last fresh at %1</source>
        <translation>마지막 정상 값 %1</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="310"/>
        <source>Not fresh since start</source>
        <translation>시작 후 정상 값 없음</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="313"/>
        <source>%1 %2 (stale)</source>
        <translation>%1 %2 (갱신 중단)</translation>
    </message>
    <message>
        <location filename="../widgets/tickerpanel.cpp" line="313"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <location filename="../core/venues/bithumbvenue.cpp" line="122"/>
        <source>Bithumb</source>
        <translation>빗썸</translation>
    </message>
    <message>
        <location filename="../core/venues/upbitvenue.cpp" line="47"/>
        <source>Upbit</source>
        <translation>업비트</translation>
    </message>
    <message>
        <location filename="../core/venues/coinonevenue.cpp" line="176"/>
        <source>Coinone</source>
        <translation>코인원</translation>
    </message>
    <message>
        <location filename="../core/venues/binancevenue.cpp" line="88"/>
        <source>Binance USDⓈ-M</source>
        <translation>바이낸스 USDⓈ-M</translation>
    </message>
    <message>
        <location filename="../core/venues/okxvenue.cpp" line="89"/>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <location filename="../core/venues/bybitvenue.cpp" line="104"/>
        <source>Bybit</source>
        <translation>바이비트</translation>
    </message>
</context>
<context>
    <name>VenueHealthView</name>
    <message>
        <location filename="../widgets/venuehealthview.cpp" line="105"/>
        <source>Venues</source>
        <translation>거래소</translation>
    </message>
    <message>
        <location filename="../widgets/venuehealthview.cpp" line="107"/>
        <source>Values set aside: %L1 (last: %2)</source>
        <translation>제외한 값: %L1건 (최근: %2)</translation>
    </message>
</context>
<context>
    <name>VenuePairBar</name>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="57"/>
        <source>&amp;Korean venue:</source>
        <translation>한국 거래소(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="58"/>
        <source>P&amp;erpetual venue:</source>
        <translation>무기한 거래소(&amp;E):</translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="59"/>
        <source>The Korean spot venue whose prices the premiums use</source>
        <translation>프리미엄 계산에 쓰는 한국 현물 거래소</translation>
    </message>
    <message>
        <location filename="../widgets/venuepairbar.cpp" line="60"/>
        <source>The USDT perpetual venue the Korean prices are compared with</source>
        <translation>한국 가격과 비교할 USDT 무기한 선물 거래소</translation>
    </message>
</context>
<context>
    <name>VolumeFormat</name>
    <message>
        <location filename="../widgets/volumeformat.cpp" line="42"/>
        <source>₩%1</source>
        <extracomment>A won amount, e.g. ₩3,456억 or ₩345.60B</extracomment>
        <translation>₩%1</translation>
    </message>
</context>
</TS>

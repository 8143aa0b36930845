import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useRef } from 'react';

// Only what the 看板 draws: bars, lines and the heatmap, on canvas.
echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** The chart's element carries its ECharts instance, for the browser tests (and a console) to read. */
export type ChartElement = HTMLDivElement & { echartsInstance?: EChartsType };

/**
 * One ECharts chart. A click on a data point reports its series and data index; the caller turns
 * it into the assignments list it counts.
 */
export default function EChart({ option, height, onPointClick, testId }: { option: EChartsCoreOption; height: number; onPointClick?: (seriesIndex: number, dataIndex: number) => void; testId: string }) {
  const element = useRef<ChartElement>(null);
  return (
    <div ref={element} data-chart={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onChartReady={(chart: EChartsType) => {
          if (element.current) element.current.echartsInstance = chart;
        }}
        onEvents={onPointClick ? { click: (p: { seriesIndex?: number; dataIndex?: number }) => onPointClick(p.seriesIndex ?? 0, p.dataIndex ?? 0) } : undefined}
      />
    </div>
  );
}

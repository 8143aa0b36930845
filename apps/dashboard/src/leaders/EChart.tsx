import ReactEChartsCore from 'echarts-for-react/lib/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only what the 看板 draws: bars, lines, the heatmap, on canvas.
echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** A clicked data point: `dataIndex` in the series, and the series' index. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  value: unknown;
}

export function EChart({ option, height, onClick, testId }: { option: EChartsCoreOption; height: number; onClick?: (click: ChartClick) => void; testId: string }) {
  return (
    <div data-testid={testId} data-chart={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onClick ? { click: (p: ChartClick) => onClick({ seriesIndex: p.seriesIndex, dataIndex: p.dataIndex, value: p.value }) } : undefined}
      />
    </div>
  );
}
